"""TLS servers when ALPN does not pick h2: Node's unknownProtocol handling (403 text, the
unknownProtocolTimeout), and allowHTTP1 (h11): Expect: 100-continue and write backpressure."""
from __future__ import annotations

import asyncio
import socket
import time
from typing import Any, Optional

import pytest

from conftest import LoopThread, http2
from helpers import start_listening
from tlspeer import TlsPeer, client_context

NODE_TLS = """
const http2 = require('http2'); const fs = require('fs'); const pem = process.argv[1];
const srv = http2.createSecureServer({key: fs.readFileSync(pem), cert: fs.readFileSync(pem),
  allowHTTP1: process.argv[2] === 'h1'});
srv.on('request', (req, res) => { let n = 0; req.on('data', (c) => { n += c.length; });
  req.on('end', () => res.end('got ' + n)); });
srv.listen(0, '127.0.0.1', () => console.log('listening on ' + srv.address().port));
"""


class RawTls(TlsPeer):
    """A TLS client (tlspeer.TlsPeer) offering only the ALPN names given (none by default)."""

    def __init__(self, port: int, alpn: Optional[list[str]] = None) -> None:
        sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        super().__init__(sock, client_context(alpn or []), server_side=False)
        self.handshake()

    def recv_until(self, marker: bytes) -> bytes:
        buf = b""
        while marker not in buf:
            chunk = self.recv_some()
            if not chunk:
                break
            buf += chunk
        return buf


def read_all(c: RawTls) -> bytes:
    buf = b""
    while chunk := c.recv_some():
        buf += chunk
    return buf


@pytest.fixture(scope="module")
def node_tls(certs: dict) -> Any:
    proc, port = start_listening(["node", "-e", NODE_TLS, "--", certs["server"], "h2only"])
    yield port
    proc.kill()
    proc.wait()


def start_tls(lt: LoopThread, certs: dict, **kw: Any) -> tuple[Any, int]:
    async def start() -> Any:
        srv = http2.create_secure_server(lambda s, h: None, certfile=certs["server"], **kw)
        return srv, await srv.listen()
    return lt.run(start())


def test_no_alpn_gets_nodes_403_text(lt: LoopThread, certs: dict, node_tls: int) -> None:
    """A TLS client without ALPN, server without allowHTTP1 or unknownProtocol hook: the same
    bytes as node, then the connection is ended."""
    node = RawTls(node_tls)
    want = read_all(node)
    node.close()
    srv, port = start_tls(lt, certs)
    try:
        ours = RawTls(port)
        assert ours.tls.selected_alpn_protocol() is None
        got = read_all(ours)
        ours.close()
    finally:
        lt.run(srv.close(graceful=False))
    assert want.startswith(b"HTTP/1.0 403 Forbidden\r\n")
    assert got == want


def test_unknown_protocol_timeout_destroys_socket(lt: LoopThread, certs: dict) -> None:
    """A client that never answers close_notify: the TCP connection is gone after
    unknownProtocolTimeout (asyncio alone would wait 30 s for the TLS shutdown)."""
    srv, port = start_tls(lt, certs, unknownProtocolTimeout=300)
    try:
        c = RawTls(port)
        assert read_all(c).startswith(b"HTTP/1.0 403")
        waited = c.wait_tcp_eof(8.0)
        c.close()
    finally:
        lt.run(srv.close(graceful=False))
    assert waited < 3.0, f"socket still open after {waited:.1f} s"


def test_unknown_protocol_hook_owns_the_socket(lt: LoopThread, certs: dict) -> None:
    """With an unknownProtocol hook (Node: a listener) the server writes nothing itself."""
    seen: list[Any] = []

    def hook(transport: asyncio.Transport) -> bool:
        seen.append(transport.get_extra_info("ssl_object").selected_alpn_protocol())
        transport.write(b"custom answer\n")
        transport.close()
        return True
    srv, port = start_tls(lt, certs, on_unknown_protocol=hook)
    try:
        c = RawTls(port)
        got = read_all(c)
        c.close()
    finally:
        lt.run(srv.close(graceful=False))
    assert got == b"custom answer\n" and seen == [None]


# ---------------------------------------------------------------- allowHTTP1
def post_expect_continue(port: int, body: bytes, read_final: bool = True) -> tuple[bytes, bytes]:
    """(what came before we sent the body, the final response)."""
    c = RawTls(port, ["http/1.1"])
    c.send(b"POST /up HTTP/1.1\r\nHost: localhost\r\nContent-Length: %d\r\n"
           b"Expect: 100-continue\r\n\r\n" % len(body))
    first = c.recv_until(b"\r\n\r\n")
    if not first.startswith(b"HTTP/1.1 100"):
        return first, b""
    c.send(body)
    final = c.recv_until(b"got ") if read_final else b""
    final += c.recv_some() if read_final and not final.endswith(b"%d" % len(body)) else b""
    c.close()
    return first, final


async def h1_counting(ex: Any) -> None:
    body = b"got %d" % len(await ex.read())
    ex.respond(200, [(b"content-length", str(len(body)).encode())])
    ex.end(body)


def test_expect_100_continue_as_node(lt: LoopThread, certs: dict) -> None:
    """No checkContinue hook: `HTTP/1.1 100 Continue` at once (as node's allowHTTP1 server),
    then the body is read and answered."""
    proc, nport = start_listening(["node", "-e", NODE_TLS, "--", certs["server"], "h1"])
    try:
        node_first, node_final = post_expect_continue(nport, b"x" * 1000)
    finally:
        proc.kill()
        proc.wait()
    srv, port = start_tls(lt, certs, allow_http1=True, on_http1_request=h1_counting)
    try:
        first, final = post_expect_continue(port, b"x" * 1000)
    finally:
        lt.run(srv.close(graceful=False))
    assert node_first == b"HTTP/1.1 100 Continue\r\n\r\n"
    assert first == node_first
    assert b" 200 " in final.split(b"\r\n")[0] and final.endswith(b"got 1000")


def test_check_continue_hook_can_refuse(lt: LoopThread, certs: dict) -> None:
    """on_check_continue (Node's 'checkContinue') answers 417 without reading the body."""
    def refuse(ex: Any) -> None:
        ex.respond(417, [(b"content-length", b"0")])
        ex.end()
    srv, port = start_tls(lt, certs, allow_http1=True, on_http1_request=h1_counting,
                          on_check_continue=refuse)
    try:
        first, _ = post_expect_continue(port, b"x" * 1000)
    finally:
        lt.run(srv.close(graceful=False))
    assert first.startswith(b"HTTP/1.1 417 ")


def test_slow_http1_reader_backpressure(lt: LoopThread, certs: dict) -> None:
    """A client that stops reading a 64 MiB HTTP/1.1 response: write() turns False and drain()
    holds the handler, so only socket buffers + the high-water mark are ever queued."""
    written: list[int] = [0]
    chunk = b"z" * 65536

    async def big(ex: Any) -> None:
        ex.respond(200, [(b"content-length", str(1024 * len(chunk)).encode())])
        for _ in range(1024):
            written[0] += len(chunk)
            if not ex.write(chunk):
                await ex.drain()
        ex.end()
    srv, port = start_tls(lt, certs, allow_http1=True, on_http1_request=big)
    try:
        c = RawTls(port, ["http/1.1"])
        c.send(b"GET /big HTTP/1.1\r\nHost: localhost\r\n\r\n")
        got = len(c.recv_until(b"zzzz"))
        time.sleep(1.0)  # stop reading
        stalled_at = written[0]
        time.sleep(0.5)
        assert written[0] == stalled_at, "the handler kept writing to a stalled reader"
        while got < 1024 * len(chunk):  # the rest arrives once we read again
            data = c.recv_some()
            assert data
            got += len(data)
        c.close()
    finally:
        lt.run(srv.close(graceful=False))
    assert stalled_at < 16 << 20, f"{stalled_at} bytes queued for a reader that stopped"


def test_pipelined_requests_answered_in_order(lt: LoopThread, certs: dict) -> None:
    """Five pipelined GETs to an async handler: answered in order (reading pauses meanwhile)."""
    async def slow_echo(ex: Any) -> None:
        await asyncio.sleep(0.02)
        body = ex.target.encode()
        ex.respond(200, [(b"content-length", str(len(body)).encode())])
        ex.end(body)
    srv, port = start_tls(lt, certs, allow_http1=True, on_http1_request=slow_echo)
    try:
        c = RawTls(port, ["http/1.1"])
        c.send(b"".join(b"GET /%d HTTP/1.1\r\nHost: localhost\r\n\r\n" % i for i in range(5)))
        buf = b""
        while buf.count(b"HTTP/1.1 200 OK\r\n") < 5 or not buf.endswith(b"/4"):
            chunk = c.recv_some()
            assert chunk, buf
            buf += chunk
        c.close()
    finally:
        lt.run(srv.close(graceful=False))
    bodies = [part.rsplit(b"\r\n\r\n", 1)[-1] for part in buf.split(b"HTTP/1.1 200 OK\r\n")[1:]]
    assert bodies == [b"/0", b"/1", b"/2", b"/3", b"/4"]


@pytest.mark.parametrize("is_async", [False, True])
def test_failing_http1_handler_is_reported(lt: LoopThread, certs: dict, is_async: bool) -> None:
    """A handler that raises: the error reaches the loop's exception handler (not swallowed)
    and the connection is closed without an answer."""
    reported: list[BaseException] = []

    def boom(ex: Any) -> None:
        raise ValueError("handler bug")

    async def aboom(ex: Any) -> None:
        await asyncio.sleep(0)
        raise ValueError("handler bug")

    lt.call(lambda: lt.loop.set_exception_handler(
        lambda _loop, ctx: reported.append(ctx.get("exception"))))
    srv, port = start_tls(lt, certs, allow_http1=True, on_http1_request=aboom if is_async else boom)
    try:
        c = RawTls(port, ["http/1.1"])
        c.send(b"GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")
        got = read_all(c)
        c.close()
    finally:
        lt.run(srv.close(graceful=False))
        lt.call(lambda: lt.loop.set_exception_handler(None))
    assert got == b""
    assert [type(e).__name__ for e in reported] == ["ValueError"] and str(reported[0]) == "handler bug"
