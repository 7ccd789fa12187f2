"""Answer every request with 200 'hello' (reads any request body). Prints 'listening on PORT'.

usage: hello_server.py [--port N] [--tls]   (--tls makes a throwaway certificate with trustme)
"""
from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from nodecompat import http2  # noqa: E402

HEADERS = {":status": 200, "content-type": "text/plain", "content-length": 5}


def on_stream(stream: http2.Http2Stream, headers: dict) -> None:
    def answer() -> None:
        stream.respond(HEADERS)
        stream.end(b"hello")
    if stream.engine.ended_remote:  # no body: answer at once, no task
        answer()
    else:
        stream.discard_body()
        stream.on_end = answer


async def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--tls", action="store_true")
    args = ap.parse_args()
    if args.tls:
        import trustme
        ca = trustme.CA()
        cert = ca.issue_cert("localhost", "127.0.0.1")
        tmp = Path(tempfile.mkdtemp())
        cert.private_key_and_cert_chain_pem.write_to_path(str(tmp / "cert.pem"))
        server = http2.create_secure_server(on_stream, certfile=str(tmp / "cert.pem"))
    else:
        server = http2.create_server(on_stream)
    port = await server.listen(args.port)
    print(f"listening on {port}", flush=True)
    await asyncio.Event().wait()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
