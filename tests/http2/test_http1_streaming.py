"""allowHTTP1 request bodies stream as in Node's http server: the handler runs at the request
head and reads the body as it arrives; a handler that does not read holds the upload back
(reading pauses at BODY_HIGH_WATER), and an unread body is dropped so keep-alive goes on."""
from __future__ import annotations

import asyncio
import subprocess
import threading
from pathlib import Path
from typing import Any

from conftest import LoopThread
from test_http1_fallback import RawTls, read_all, start_tls

from nodecompat.http2.http1 import BODY_HIGH_WATER

MiB = 1024 * 1024


def rss() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmRSS")


def test_body_streams_to_handler(lt: LoopThread, certs: dict) -> None:
    """The first piece of the body reaches the handler before the client sent the rest."""
    first_seen = threading.Event()

    async def handler(ex: Any) -> None:
        first = await ex.read_chunk()
        first_seen.set()
        rest = await ex.read()
        body = first + b"|" + rest
        ex.respond(200, [(b"content-length", str(len(body)).encode())])
        ex.end(body)
    srv, port = start_tls(lt, certs, allow_http1=True, on_http1_request=handler)
    try:
        c = RawTls(port, ["http/1.1"])
        c.send(b"POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 10\r\n"
               b"Connection: close\r\n\r\nhello")
        assert first_seen.wait(5), "the handler did not get the first part of the body"
        c.send(b"world")
        got = read_all(c)
        c.close()
    finally:
        lt.run(srv.close(graceful=False))
    assert got.startswith(b"HTTP/1.1 200 OK\r\n") and got.endswith(b"\r\n\r\nhello|world")


def test_upload_to_slow_handler_stays_bounded(lt: LoopThread, certs: dict, tmp_path: Path) -> None:
    """curl uploads 64 MiB to a handler that reads nothing for 1.5 s: the exchange never holds
    much more than its high-water mark, RSS stays flat, then the whole body is read."""
    seen: dict[str, int] = {}

    async def handler(ex: Any) -> None:
        rss0, most = rss(), 0
        for _ in range(30):
            await asyncio.sleep(0.05)
            most = max(most, ex.buffered)
        seen.update(max_buffered=most, rss_growth=rss() - rss0)
        n = 0
        async for chunk in ex:
            n += len(chunk)
        seen["read"] = n
        body = b"got %d" % n
        ex.respond(200, [(b"content-length", str(len(body)).encode())])
        ex.end(body)
    srv, port = start_tls(lt, certs, allow_http1=True, on_http1_request=handler)
    body = tmp_path / "body.bin"
    body.write_bytes(b"u" * (64 * MiB))
    try:
        out = subprocess.run(["curl", "-sS", "--http1.1", "--cacert", certs["ca"],
                              "--resolve", f"localhost:{port}:127.0.0.1", "--data-binary", f"@{body}",
                              f"https://localhost:{port}/up"], capture_output=True, timeout=120)
    finally:
        lt.run(srv.close(graceful=False))
    assert out.returncode == 0, out.stderr
    assert out.stdout == b"got %d" % (64 * MiB) and seen["read"] == 64 * MiB
    assert seen["max_buffered"] < BODY_HIGH_WATER + 512 * 1024, seen  # a TLS read past the mark
    assert seen["rss_growth"] < 32 * MiB, seen


def test_unread_body_is_dropped_and_keepalive_goes_on(lt: LoopThread, certs: dict) -> None:
    """A handler that answers without reading a 300 KB body (sync, at the request head): the
    body is discarded and the next request on the connection is answered (Node's req._dump)."""
    def handler(ex: Any) -> None:
        body = f"{ex.method} {ex.target}".encode()
        ex.respond(200, [(b"content-length", str(len(body)).encode())])
        ex.end(body)
    srv, port = start_tls(lt, certs, allow_http1=True, on_http1_request=handler)
    try:
        c = RawTls(port, ["http/1.1"])
        c.send(b"POST /one HTTP/1.1\r\nHost: localhost\r\nContent-Length: 300000\r\n\r\n"
               + b"x" * 300000 + b"GET /two HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        got = read_all(c)
        c.close()
    finally:
        lt.run(srv.close(graceful=False))
    assert got.count(b"HTTP/1.1 200 OK\r\n") == 2, got
    assert got.endswith(b"GET /two") and b"POST /one" in got
