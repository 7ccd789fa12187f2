"""The Python API's TLS connections, with the lean transport (tls_transport.TLSTransport) and with
asyncio's sslproto (NODECOMPAT_H2_LEAN_TLS=0): both must behave the same at the edges."""
from __future__ import annotations

import asyncio
import hashlib
import socket
import ssl
import threading
from typing import Any, Iterator

import pytest
import trustme
from hpack import Encoder
from hyperframe.frame import (GoAwayFrame, HeadersFrame, RstStreamFrame, SettingsFrame,
                              WindowUpdateFrame)

from conftest import LoopThread, http2
from rawpeer import PREFACE, req
from tlspeer import TlsPeer, server_context

MODES = ["lean", "asyncio"]
MIB = 1 << 20


@pytest.fixture(params=MODES)
def mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    # read when a server listens / a client connects (server.lean_tls)
    monkeypatch.setenv("NODECOMPAT_H2_LEAN_TLS", "1" if request.param == "lean" else "0")
    return request.param


def _pattern(i: int) -> bytes:
    return bytes([i % 251]) * (1 << 16)


async def bulk_app(stream: http2.Http2Stream, headers: dict) -> None:
    path = headers[":path"]
    if path.startswith("/download/"):
        stream.respond({":status": 200})
        for i in range(int(path.split("/")[-1]) * 16):  # 64 KiB chunks
            if not stream.write(_pattern(i)):
                await stream.drain()
        stream.end()
    elif path == "/upload":
        h = hashlib.sha256()
        n = 0
        async for chunk in stream:
            h.update(chunk)
            n += len(chunk)
        stream.respond({":status": 200})
        stream.end(f"{n} {h.hexdigest()}")
    elif path == "/flood":  # as fast as drain allows, until the client goes away
        stream.respond({":status": 200})
        stream.session.flood_written = 0  # type: ignore[attr-defined]
        while not stream.engine.closed:
            if not stream.write(bytes(1 << 16)):
                await stream.drain()
            stream.session.flood_written += 1 << 16  # type: ignore[attr-defined]
    else:
        await stream.read()
        stream.respond({":status": 200})
        stream.end(b"hello")


class Server:
    """A Python-API TLS server on the loop thread; records sessions and opened streams."""

    def __init__(self, lt: LoopThread, certs: dict) -> None:
        self.lt = lt
        self.sessions: list[Any] = []
        self.paths: list[str] = []

        async def on_stream(stream: http2.Http2Stream, headers: dict) -> None:
            self.paths.append(headers[":path"])
            await bulk_app(stream, headers)

        async def start() -> Any:
            srv = http2.create_secure_server(on_stream, certfile=certs["server"],
                                             on_session=self._on_session)
            return srv, await srv.listen()
        self.srv, self.port = lt.run(start())

    async def _on_session(self, sess: Any) -> None:
        self.sessions.append(sess)

    def wait_closed(self, timeout: float = 10) -> None:
        async def wait() -> None:
            await asyncio.wait_for(asyncio.gather(*[s.closed for s in self.sessions]), timeout)
        self.lt.run(wait(), timeout + 5)

    def stop(self) -> None:
        self.lt.run(self.srv.close(graceful=False))


@pytest.fixture
def server(lt: LoopThread, certs: dict, mode: str) -> Iterator[Server]:
    s = Server(lt, certs)
    yield s
    s.stop()


def hello(lt: LoopThread, port: int, ca: str) -> bytes:
    async def go() -> bytes:
        sess = await http2.connect(f"https://localhost:{port}", ca=ca)
        try:
            return await sess.request({":path": "/"}).read()
        finally:
            sess.close()
    return lt.run(go())


def h2_preface_and_request(path: str, window: int = 0) -> bytes:
    settings = SettingsFrame(0)
    if window:
        settings.settings = {SettingsFrame.INITIAL_WINDOW_SIZE: window}
    h = HeadersFrame(1)
    h.data = Encoder().encode(req(path))
    h.flags.add("END_HEADERS")
    h.flags.add("END_STREAM")
    out = PREFACE + settings.serialize()
    if window:
        out += WindowUpdateFrame(0, window_increment=window - 65535).serialize()
    return out + h.serialize()


# ---------------------------------------------------------------- bulk
def test_64mib_both_ways(lt: LoopThread, certs: dict, server: Server) -> None:
    async def go() -> tuple[int, bytes, bytes]:
        sess = await http2.connect(f"https://localhost:{server.port}", ca=certs["ca"])
        assert sess.alpn_protocol == "h2"
        got = hashlib.sha256()
        n = 0
        async for chunk in sess.request({":path": "/download/64"}):
            got.update(chunk)
            n += len(chunk)
        up = sess.request({":path": "/upload", ":method": "POST"}, end_stream=False)
        sent = hashlib.sha256()
        for i in range(64 * 16):
            sent.update(_pattern(i))
            if not up.write(_pattern(i)):
                await up.drain()
        up.end()
        answer = await up.read()
        sess.close()
        await sess.closed
        return n, got.digest(), answer + b"|" + sent.hexdigest().encode()
    n, digest, answer = lt.run(go(), 120)
    want = hashlib.sha256(b"".join(_pattern(i) for i in range(64 * 16))).digest()
    assert n == 64 * MIB and digest == want
    count, rest = answer.split(b" ", 1)
    theirs, ours = rest.split(b"|")
    assert int(count) == 64 * MIB and theirs == ours


# ---------------------------------------------------------------- cut connections
def test_client_closing_mid_record(lt: LoopThread, certs: dict, server: Server) -> None:
    """Half a TLS record (holding a whole request) then TCP FIN: the session just closes, no
    stream is opened, and the server keeps serving."""
    peer = TlsPeer.connect(server.port)
    records = peer.records(h2_preface_and_request("/never"))
    peer.sock.sendall(records[:len(records) // 2])
    peer.sock.shutdown(socket.SHUT_WR)
    assert peer.wait_tcp_eof(10) < 9
    peer.close()
    server.wait_closed()
    assert server.paths == [] and server.sessions[0].error is None
    assert hello(lt, server.port, certs["ca"]) == b"hello"


def test_request_then_fin_is_seen(lt: LoopThread, server: Server) -> None:
    """Whole records then FIN in one go: what came before the FIN reaches the session."""
    peer = TlsPeer.connect(server.port)
    peer.sock.sendall(peer.records(h2_preface_and_request("/before-fin")))
    peer.sock.shutdown(socket.SHUT_WR)
    peer.wait_tcp_eof(10)
    peer.close()
    server.wait_closed()
    assert server.paths == ["/before-fin"]


def test_server_closing_mid_record(lt: LoopThread, certs: dict, mode: str) -> None:
    """The server's first record cut in half, then FIN: connect() fails as it does today."""
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def serve() -> None:
        conn, _ = listener.accept()
        peer = TlsPeer(conn, server_context(certs["server"]), server_side=True)
        peer.handshake()
        records = peer.records(SettingsFrame(0).serialize())
        conn.sendall(records[:len(records) // 2])
        conn.close()
    t = threading.Thread(target=serve, daemon=True)
    t.start()

    async def go() -> Any:
        try:
            await http2.connect(f"https://localhost:{port}", ca=certs["ca"])
        except Exception as exc:  # noqa: BLE001 - the type is the assertion
            return exc
        return None
    err = lt.run(go())
    t.join(5)
    listener.close()
    assert isinstance(err, http2.Http2Error) and err.code == "ERR_HTTP2_ERROR", repr(err)


# ---------------------------------------------------------------- close_notify
def test_graceful_close_sends_close_notify(lt: LoopThread, server: Server) -> None:
    """Server session close(): GOAWAY, then TLS close_notify before the FIN; once answered with
    our close_notify the server closes its socket at once."""
    peer = TlsPeer.connect(server.port)
    peer.send(PREFACE + SettingsFrame(0).serialize())
    assert peer.read_frames(timeout=0.5) or True  # the server's SETTINGS (+ ACK)
    lt.call(lambda: server.sessions[0].close())
    frames = peer.read_frames(timeout=5)
    assert any(isinstance(f, GoAwayFrame) for f in frames), frames
    assert peer.close_notify and not peer.tcp_eof
    peer.answer_close_notify()
    assert peer.wait_tcp_eof(10) < 5
    peer.close()
    server.wait_closed()


def test_client_close_sends_close_notify(lt: LoopThread, certs: dict, mode: str) -> None:
    """Client session close(): close_notify reaches the server before any FIN."""
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    seen: dict = {}

    def serve() -> None:
        conn, _ = listener.accept()
        peer = TlsPeer(conn, server_context(certs["server"]), server_side=True)
        peer.handshake()
        peer.send(SettingsFrame(0).serialize())
        peer.read_frames(timeout=10)  # (whether a client sends GOAWAY is the engine's business)
        seen.update(close_notify=peer.close_notify, eof=peer.tcp_eof)
        peer.answer_close_notify()
        conn.close()
    t = threading.Thread(target=serve, daemon=True)
    t.start()

    async def go() -> None:
        sess = await http2.connect(f"https://localhost:{port}", ca=certs["ca"])
        sess.close()
        await asyncio.wait_for(sess.closed, 10)
    lt.run(go(), 20)
    t.join(5)
    listener.close()
    assert seen == {"close_notify": True, "eof": False}


# ---------------------------------------------------------------- backpressure
def test_slow_reader_keeps_memory_bounded(lt: LoopThread, server: Server) -> None:
    """A client with a 2 GiB window that stops reading: the server's userland buffers stay
    near the write high-water mark (256 KiB) and its writer stalls on drain."""
    peer = TlsPeer.connect(server.port, rcvbuf=64 * 1024)
    peer.send(h2_preface_and_request("/flood", window=2**31 - 1))
    samples: list[tuple[int, int]] = []

    async def watch() -> None:
        for _ in range(100):
            await asyncio.sleep(0.02)
            if server.sessions:
                s = server.sessions[0]
                samples.append((s._engine.io.write_buffer_size(), getattr(s, "flood_written", 0)))
    lt.run(watch())
    peer.close()
    server.wait_closed()
    assert samples and samples[-1][1] > 0
    assert max(b for b, _ in samples) <= 512 * 1024, samples
    # the writer stalled: the last half of the samples added (almost) nothing
    half = samples[len(samples) // 2][1]
    assert samples[-1][1] - half <= 256 * 1024, samples
    assert samples[-1][1] < 32 * MIB


def test_reading_resumes_after_backpressure(lt: LoopThread, server: Server) -> None:
    """While its writes are stuck the server stops reading; what the client sent meanwhile
    (RST of the flood, a new request) is served once the client reads again."""
    peer = TlsPeer.connect(server.port, rcvbuf=64 * 1024)
    peer.send(h2_preface_and_request("/flood", window=2**31 - 1))
    lt.run(asyncio.sleep(0.5))  # the flood fills every buffer; the server pauses reading
    h = HeadersFrame(3)
    h.data = Encoder().encode(req("/after"))
    h.flags.add("END_HEADERS")
    h.flags.add("END_STREAM")
    peer.send(RstStreamFrame(1, error_code=8).serialize() + h.serialize())
    answered = False
    peer.sock.settimeout(10)
    while not answered:  # drain the flood until stream 3's DATA "hello" shows up
        chunk = peer.recv_some()
        assert chunk, "connection ended before /after was answered"
        peer.buf = (peer.buf + chunk)[-4096:]
        answered = b"hello" in peer.buf
    peer.close()
    server.wait_closed()
    assert server.paths == ["/flood", "/after"]


# ---------------------------------------------------------------- handshake failures
def test_untrusted_certificate(lt: LoopThread, server: Server) -> None:
    async def go() -> None:
        await http2.connect(f"https://localhost:{server.port}")  # system CAs only
    with pytest.raises(ssl.SSLCertVerificationError):
        lt.run(go())
    assert server.sessions == []


def test_hostname_mismatch(lt: LoopThread, tmp_path: Any, mode: str) -> None:
    ca = trustme.CA()
    pem, ca_pem = tmp_path / "other.pem", tmp_path / "ca.pem"
    ca.issue_cert("other.example").private_key_and_cert_chain_pem.write_to_path(str(pem))
    ca.cert_pem.write_to_path(str(ca_pem))

    async def go() -> None:
        srv = http2.create_secure_server(bulk_app, certfile=str(pem))
        port = await srv.listen()
        try:
            with pytest.raises(ssl.SSLCertVerificationError, match="[Hh]ostname mismatch"):
                await http2.connect(f"https://localhost:{port}", ca=str(ca_pem))
            # the same server with the right name (SNI/hostname check passes): served
            ctx = ssl.create_default_context(cafile=str(ca_pem))
            ctx.check_hostname = False
            sess = await http2.connect(f"https://localhost:{port}", ssl_context=ctx)
            assert await sess.request({":path": "/"}).read() == b"hello"
            sess.close()
        finally:
            await srv.close(graceful=False)
    lt.run(go())


def test_not_tls_peer(lt: LoopThread, mode: str) -> None:
    """connect(https://) to an h2c server: the handshake's SSLError, as asyncio reports it."""
    async def go() -> None:
        srv = http2.create_server(bulk_app)
        port = await srv.listen()
        try:
            with pytest.raises(ssl.SSLError):
                await http2.connect(f"https://localhost:{port}", verify=False)
        finally:
            await srv.close(graceful=False)
    lt.run(go())


def test_garbage_client_then_served(lt: LoopThread, certs: dict, server: Server) -> None:
    """Bytes that are not a ClientHello: the connection is dropped without a session."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as s:
        s.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        s.settimeout(5)
        try:
            while s.recv(4096):
                pass
        except ConnectionResetError:
            pass
    assert hello(lt, server.port, certs["ca"]) == b"hello"
    assert len(server.sessions) == 1
