"""docs/python-api.md, 'Files': respond_with_file with offset/length and a stat check."""
import asyncio
import email.utils
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from nodecompat import http2  # noqa: E402

HERE = str(Path(__file__).resolve())


async def on_stream(stream: http2.Http2Stream, headers: dict) -> None:
    since = headers.get("if-modified-since")

    def check(stat, response_headers: dict) -> bool:
        mtime = email.utils.formatdate(int(stat.st_mtime), usegmt=True)
        if since == mtime:  # answer 304 ourselves and cancel the file response
            stream.respond({":status": 304})
            stream.end()
            return False
        response_headers["last-modified"] = mtime
        return True
    # bytes 3..40 of this file (the docstring's first words), streamed, never read whole
    stream.respond_with_file(HERE, {"content-type": "text/plain"}, offset=3, length=37,
                             stat_check=check)


async def main() -> None:
    server = http2.create_server(on_stream)
    port = await server.listen(0)
    session = await http2.connect(f"http://127.0.0.1:{port}")
    req = session.request({":path": "/"})
    headers = await req.response()
    print(headers[":status"], headers["content-length"], (await req.read()).decode())
    again = session.request({":path": "/", "if-modified-since": headers["last-modified"]})
    print((await again.response())[":status"])
    session.close()
    await server.close()

asyncio.run(main())
