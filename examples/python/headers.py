"""The docs/python-api.md 'Header dicts' example: the dict view follows Node's headers object."""
import asyncio
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from nodecompat import http2  # noqa: E402


async def on_stream(stream: http2.Http2Stream, headers: dict) -> None:
    print("server cookie:", headers["cookie"])  # repeated cookie fields joined with '; '
    stream.respond([(":status", "200"), ("set-cookie", "a=1; Path=/"), ("set-cookie", "b=2"),
                    ("vary", "accept"), ("vary", "origin"),
                    ("content-type", "text/plain"), ("content-type", "text/html")])
    stream.end(b"ok")


async def main() -> None:
    server = http2.create_server(on_stream)
    port = await server.listen(0)
    session = await http2.connect(f"http://127.0.0.1:{port}")
    req = session.request([(":path", "/"), ("cookie", "x=1"), ("cookie", "y=2")])
    headers = await req.response()
    print("set-cookie:", headers["set-cookie"])  # always a list, never joined
    print("vary:", headers["vary"])  # other repeats joined with ', '
    print("content-type:", headers["content-type"])  # single-value fields keep the first
    print("raw:", [n for n, _ in req.raw_headers].count(b"set-cookie"), "set-cookie fields")
    await req.read()
    session.close()
    await server.close()

asyncio.run(main())
