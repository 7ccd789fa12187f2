"""The docs/python-api.md example: server + client in one process."""
import asyncio
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from nodecompat import http2  # noqa: E402


async def on_stream(stream: http2.Http2Stream, headers: dict) -> None:
    body = await stream.read()
    stream.respond({":status": 200, "content-type": "text/plain"})
    stream.end(b"hello " + body)


async def main() -> None:
    server = http2.create_server(on_stream)
    port = await server.listen(0)
    session = await http2.connect(f"http://127.0.0.1:{port}")
    req = session.request({":path": "/", ":method": "POST"}, body=b"world")
    print((await req.response())[":status"], (await req.read()).decode())
    rtt = await session.ping()
    print("ping ok" if rtt >= 0 else "ping failed")
    session.close()
    await server.close()

asyncio.run(main())
