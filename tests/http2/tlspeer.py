"""A TLS peer driven by hand over a plain blocking socket (SSLObject + MemoryBIO), so a test can
cut a record in half, tell close_notify from TCP EOF, or stop reading."""
from __future__ import annotations

import socket
import ssl
import time
from typing import Optional

from hyperframe.frame import Frame


def client_context(alpn: Optional[list[str]] = None) -> ssl.SSLContext:
    """alpn None offers h2; [] offers no ALPN at all."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    ctx.set_alpn_protocols(["h2"] if alpn is None else alpn)
    return ctx


def server_context(pem: str) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(pem)
    ctx.set_alpn_protocols(["h2"])
    return ctx


class TlsPeer:
    def __init__(self, sock: socket.socket, ctx: ssl.SSLContext, server_side: bool) -> None:
        self.sock = sock
        self.inc, self.out = ssl.MemoryBIO(), ssl.MemoryBIO()
        self.tls = ctx.wrap_bio(self.inc, self.out, server_side=server_side,
                                server_hostname=None if server_side else "localhost")
        self.tcp_eof = False
        self.close_notify = False  # the peer's close_notify was read
        self.buf = b""  # decrypted, not yet parsed into frames

    @classmethod
    def connect(cls, port: int, alpn: Optional[list[str]] = None, rcvbuf: int = 0) -> "TlsPeer":
        sock = socket.socket()
        if rcvbuf:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, rcvbuf)
        sock.settimeout(10)
        sock.connect(("127.0.0.1", port))
        peer = cls(sock, client_context(alpn), server_side=False)
        peer.handshake()
        return peer

    def handshake(self) -> None:
        while True:
            try:
                self.tls.do_handshake()
                break
            except ssl.SSLWantReadError:
                self._pump()
        self.flush()

    def flush(self) -> None:
        data = self.out.read()
        if data:
            self.sock.sendall(data)

    def _pump(self) -> None:
        self.flush()
        data = self.sock.recv(65536)
        if not data:
            self.tcp_eof = True
            self.inc.write_eof()
        else:
            self.inc.write(data)

    def records(self, data: bytes) -> bytes:
        """Encrypt without sending (a test decides what reaches the wire)."""
        self.tls.write(data)
        return self.out.read()

    def send(self, data: bytes) -> None:
        self.sock.sendall(self.records(data))

    def recv_some(self) -> bytes:
        """Decrypted bytes; b'' at close_notify (self.close_notify) or TCP EOF."""
        while True:
            try:
                data = self.tls.read(65536)
            except ssl.SSLWantReadError:
                if self.tcp_eof:
                    return b""
                try:
                    self._pump()
                except socket.timeout:
                    return b""
                except ConnectionResetError:
                    self.tcp_eof = True
                    return b""
                continue
            except ssl.SSLZeroReturnError:
                self.close_notify = True
                return b""
            except ssl.SSLEOFError:
                return b""
            if not data:
                self.close_notify = True
            return data

    def read_frames(self, timeout: float = 5.0) -> list[Frame]:
        """Every frame until close_notify, EOF or the timeout."""
        self.sock.settimeout(timeout)
        deadline = time.monotonic() + timeout
        frames: list[Frame] = []
        while time.monotonic() < deadline:
            chunk = self.recv_some()
            if not chunk:
                break
            self.buf += chunk
            while len(self.buf) >= 9:
                f, n = Frame.parse_frame_header(memoryview(self.buf[:9]))
                if len(self.buf) < 9 + n:
                    break
                f.parse_body(memoryview(self.buf[9:9 + n]))
                self.buf = self.buf[9 + n:]
                frames.append(f)
        return frames

    def answer_close_notify(self) -> None:
        try:
            self.tls.unwrap()
        except ssl.SSLError:
            pass
        self.flush()

    def wait_tcp_eof(self, limit: float) -> float:
        """Seconds until the other side closed its socket."""
        t0 = time.monotonic()
        self.sock.settimeout(limit)
        try:
            while self.sock.recv(65536):
                pass
        except (socket.timeout, ConnectionResetError):
            pass
        return time.monotonic() - t0

    def close(self) -> None:
        self.sock.close()
