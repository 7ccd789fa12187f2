"""Fixtures: a Python-API HTTP/2 server on a background loop, trustme certificates."""
from __future__ import annotations

import asyncio
import sys
import threading
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest
import trustme

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from nodecompat import http2  # noqa: E402

BIG = bytes(range(256)) * 4096 * 8  # 8 MiB


async def app(stream: http2.Http2Stream, headers: dict) -> None:
    """Routes used by interop tests."""
    path = headers.get(":path", "/")
    method = headers.get(":method")
    if method == "CONNECT":
        stream.respond({":status": 200})
        async for chunk in stream:
            stream.write(chunk)
        stream.end()
        return
    body = await stream.read()
    if path == "/echo":
        stream.respond({":status": 200, "x-len": len(body)})
        stream.end(body)
    elif path == "/push":
        pushed = stream.push_stream({":path": "/pushed.css"})
        pushed.respond({":status": 200, "content-type": "text/css"})
        pushed.end(b"body{}")
        stream.respond({":status": 200})
        stream.end(b"main")
    elif path == "/trailers":
        stream.on_want_trailers = lambda: stream.send_trailers({"x-trailer": "done"})
        stream.respond({":status": 200}, wait_for_trailers=True)
        stream.end(b"with trailers")
    elif path == "/big":
        stream.respond({":status": 200, "content-length": len(BIG)})
        view = memoryview(BIG)
        for off in range(0, len(BIG), 1 << 16):
            if not stream.write(view[off:off + (1 << 16)]):
                await stream.drain()
        stream.end()
    elif path == "/continue":
        stream.additional_headers({":status": 103, "link": "</a.css>; rel=preload"})
        stream.respond({":status": 200})
        stream.end(b"after info")
    else:
        stream.respond({":status": 200, "content-type": "text/plain"})
        stream.end(b"hello")


class LoopThread:
    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()

    def run(self, coro: Any, timeout: float = 30) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def call(self, fn: Callable[[], Any]) -> Any:
        async def wrap() -> Any:
            return fn()
        return self.run(wrap())

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)


@pytest.fixture(scope="session")
def certs(tmp_path_factory: pytest.TempPathFactory) -> dict:
    d = tmp_path_factory.mktemp("certs")
    ca = trustme.CA()
    cert = ca.issue_cert("localhost", "127.0.0.1")
    cert.private_key_and_cert_chain_pem.write_to_path(str(d / "server.pem"))
    cert.private_key_pem.write_to_path(str(d / "key.pem"))
    cert.cert_chain_pems[0].write_to_path(str(d / "cert.pem"))
    ca.cert_pem.write_to_path(str(d / "ca.pem"))
    return {"server": str(d / "server.pem"), "ca": str(d / "ca.pem"), "key": str(d / "key.pem"),
            "cert": str(d / "cert.pem")}


@pytest.fixture(scope="module")
def lt() -> Iterator[LoopThread]:
    t = LoopThread()
    yield t
    t.stop()


def h1_handler(ex: Any) -> None:
    ex.respond(200, [(b"content-type", b"text/plain"), (b"content-length", b"8")])
    ex.end(b"http/1.1")


@pytest.fixture(scope="module")
def servers(lt: LoopThread, certs: dict) -> Iterator[dict]:
    async def start() -> dict:
        plain = http2.create_server(app)
        tls = http2.create_secure_server(app, certfile=certs["server"], allow_http1=True,
                                         on_http1_request=h1_handler)
        return {"plain": plain, "tls": tls, "plain_port": await plain.listen(),
                "tls_port": await tls.listen()}
    s = lt.run(start())
    yield s
    lt.run(s["plain"].close(graceful=False))
    lt.run(s["tls"].close(graceful=False))
