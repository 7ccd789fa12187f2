"""A lean TLS transport for engine connections: one BufferedProtocol on the raw socket owning an
ssl.SSLObject over MemoryBIOs, presented to the application protocol as an asyncio.Transport.

Why not asyncio's sslproto: per round trip of a flow-controlled bulk transfer it runs a state
machine, its own write backlog and flow-control bookkeeping around every SSL call. Here a socket
read is one BIO write plus one SSL read per TLS record, decrypted straight into the application
protocol's buffer (H2Protocol is a BufferedProtocol) and delivered once; an application write (the
engine writes once per flush) is one SSL write plus one socket write. Backpressure uses the raw
socket transport's own watermarks: its buffer holds the ciphertext of everything written.

Semantics kept from asyncio's SSL transport: the handshake runs before the application protocol's
connection_made (clients await `handshake`, which fails with the handshake's exception), a
handshake timeout (60 s), close() sends close_notify and closes the socket once the peer's
close_notify or EOF arrives (or after 30 s), a received close_notify or EOF calls eof_received,
an SSL error aborts with that error passed to connection_lost, write_eof is not supported.
"""
from __future__ import annotations

import asyncio
import ssl
import threading
from typing import Any, Optional, Union

HANDSHAKE_TIMEOUT = 60.0  # asyncio's ssl_handshake_timeout default
SHUTDOWN_TIMEOUT = 30.0  # asyncio's ssl_shutdown_timeout default
READ_SIZE = 256 * 1024
_WANT = (ssl.SSLWantReadError, ssl.SSLWantWriteError)
_HANDSHAKE, _OPEN, _CLOSING, _CLOSED = range(4)
_bufs = threading.local()  # per thread: one ciphertext buffer, one plaintext buffer (copied out at once)


# A large flush goes out one 16 KiB TLS record at a time, each sent as soon as it is sealed: the
# peer decrypts the first records while we still encrypt the rest (as Node's per-record writes do).
# Measured on 64 MiB: 0.84/0.74x node -> 1.04-1.12/1.21-1.25x, same CPU; 32 KiB pieces lose it.
_PIECE = 16384


def _thread_buffer(name: str) -> memoryview:
    view = getattr(_bufs, name, None)
    if view is None:
        view = memoryview(bytearray(READ_SIZE))
        setattr(_bufs, name, view)
    return view


class TLSTransport(asyncio.Transport, asyncio.BufferedProtocol):
    """Protocol of the raw socket transport and transport of the application protocol."""

    def __init__(self, context: ssl.SSLContext, app: asyncio.BaseProtocol, server_side: bool,
                 server_hostname: Optional[str] = None) -> None:
        super().__init__()
        self._loop = asyncio.get_event_loop()
        self._ctx = context
        self._in = ssl.MemoryBIO()
        self._out = ssl.MemoryBIO()
        self._ssl = context.wrap_bio(self._in, self._out, server_side=server_side,
                                     server_hostname=server_hostname)
        self._core = getattr(self._ssl, "_sslobj", self._ssl)  # skip SSLObject's wrapper frames
        self._app = app
        self._app_buffered = isinstance(app, asyncio.BufferedProtocol)
        self._raw: Optional[asyncio.Transport] = None
        self._state = _HANDSHAKE
        self._read_paused = False  # by the application
        self._write_paused = False  # the raw transport's buffer is above its high-water mark
        self._pending: list[bytes] = []  # plaintext written before the handshake finished
        self._error: Optional[BaseException] = None
        self._timer: Optional[asyncio.TimerHandle] = None
        self._app_made = False  # connection_made was called on the application protocol
        self._eof = False  # the raw socket's EOF arrived
        self.handshake: asyncio.Future = self._loop.create_future()

    # ---------------------------------------------------------------- raw socket protocol side
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._raw = transport  # type: ignore[assignment]
        self._timer = self._loop.call_later(HANDSHAKE_TIMEOUT, self._handshake_timeout)
        self._do_handshake()

    def get_buffer(self, sizehint: int) -> memoryview:
        return _thread_buffer("cipher")

    def buffer_updated(self, nbytes: int) -> None:
        self._in.write(_thread_buffer("cipher")[:nbytes])  # the shared buffer is free after this
        state = self._state
        if state == _OPEN:
            if not self._read_paused:
                self._decrypt()
        elif state == _HANDSHAKE:
            self._do_handshake()
        elif state == _CLOSING:
            self._try_unwrap()

    def eof_received(self) -> Optional[bool]:
        if self._state == _HANDSHAKE:
            self._fail(ConnectionResetError())
            return False
        self._eof = True
        if self._state == _OPEN and not self._read_paused:
            self._decrypt()  # what arrived before the FIN
        self._after_eof()
        return True

    def _after_eof(self) -> None:
        """The raw socket's EOF, once the application has taken what came before it."""
        if self._state == _OPEN and not self._read_paused:
            self._app_eof()
        if self._state == _CLOSING:
            self._finish()  # no close_notify will follow a FIN

    def connection_lost(self, exc: Optional[BaseException]) -> None:
        self._state = _CLOSED
        self._cancel_timer()
        self._pending.clear()
        if not self.handshake.done():
            self.handshake.set_exception(self._error or exc or ConnectionResetError())
            self.handshake.exception()  # retrieved: a server-side failure is nobody's error
        if self._app_made:
            self._app.connection_lost(self._error or exc)

    def pause_writing(self) -> None:
        self._write_paused = True
        if self._app_made:
            self._app.pause_writing()

    def resume_writing(self) -> None:
        self._write_paused = False
        if self._app_made:
            self._app.resume_writing()

    # ---------------------------------------------------------------- TLS
    def _do_handshake(self) -> None:
        try:
            self._ssl.do_handshake()
        except _WANT:
            self._send_out()
            return
        except (ssl.SSLError, ssl.CertificateError) as exc:
            self._send_out()  # the alert
            self._fail(exc)
            return
        self._cancel_timer()
        self._send_out()  # the last flight / session tickets
        self._state = _OPEN
        self._extra = {"peercert": self._ssl.getpeercert(), "cipher": self._ssl.cipher(),
                       "compression": self._ssl.compression(), "ssl_object": self._ssl}
        self._app_made = True
        self._app.connection_made(self)
        if self._write_paused and self._state == _OPEN:
            self._app.pause_writing()
        if self._pending and self._state == _OPEN:
            data, self._pending = b"".join(self._pending), []
            self.write(data)
        if not self.handshake.done():
            self.handshake.set_result(None)
        if self._state == _OPEN and not self._read_paused and (self._in.pending or self._core.pending()):
            self._decrypt()  # application data that came with the peer's last flight

    def _decrypt(self) -> None:
        """Decrypt everything buffered, record by record, and deliver it in as few calls as fit."""
        read, pending, inc = self._core.read, self._core.pending, self._in
        while self._state == _OPEN and not self._read_paused:
            app = self._app
            buffered = self._app_buffered
            buf = app.get_buffer(-1) if buffered else _thread_buffer("plain")  # type: ignore[attr-defined]
            size = len(buf)
            n = 0
            eof = more = False
            try:
                while n < size:
                    got = read(size - n, buf[n:] if n else buf)
                    if not got:
                        eof = True
                        break
                    n += got
                    if not inc.pending and not pending():
                        break  # all in: skip the SSLWantReadError a further read would raise
                else:
                    more = True  # buffer full: deliver, then continue
            except _WANT:
                pass
            except ssl.SSLError as exc:
                if n:
                    self._deliver(app, buffered, buf, n)
                self._fail(exc)
                return
            if n:
                self._deliver(app, buffered, buf, n)
            if eof:  # the peer's close_notify
                if self._state == _OPEN:
                    self._app_eof()
                return
            if not more:
                return

    def _deliver(self, app: Any, buffered: bool, buf: memoryview, n: int) -> None:
        if buffered:
            app.buffer_updated(n)
        else:
            app.data_received(bytes(buf[:n]))

    def _app_eof(self) -> None:
        keep_open = self._app.eof_received()
        if keep_open and self._state == _OPEN:
            return  # the application closes later (half-closed read side)
        self.close()

    def _send_out(self) -> None:
        if self._out.pending and self._raw is not None:
            self._raw.write(self._out.read())

    def _try_unwrap(self) -> None:
        """While closing: close_notify sent; the peer's close_notify ends the connection."""
        try:
            self._ssl.unwrap()
        except _WANT:
            self._send_out()
            return
        except (ssl.SSLError, OSError):
            pass
        else:
            self._send_out()
        self._finish()

    def _finish(self) -> None:
        self._state = _CLOSED
        self._cancel_timer()
        if self._raw is not None:
            self._raw.close()

    def _fail(self, exc: BaseException) -> None:
        if self._error is None:
            self._error = exc
        if not self.handshake.done():
            self.handshake.set_exception(exc)
            self.handshake.exception()
        self._state = _CLOSED
        self._cancel_timer()
        if self._raw is not None:
            self._raw.abort()

    def _handshake_timeout(self) -> None:
        self._timer = None
        if self._state == _HANDSHAKE:
            self._fail(ConnectionAbortedError(
                f"SSL handshake is taking longer than {HANDSHAKE_TIMEOUT} seconds: aborting the connection"))

    def _shutdown_timeout(self) -> None:
        self._timer = None
        if self._raw is not None and self._state == _CLOSING:
            self._state = _CLOSED
            self._raw.abort()

    def _cancel_timer(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    # ---------------------------------------------------------------- application transport side
    def write(self, data: Union[bytes, bytearray, memoryview]) -> None:
        if not data:
            return
        state = self._state
        if state == _OPEN:
            raw = self._raw
            out = self._out
            mv = memoryview(data)
            step = _PIECE if len(mv) > 2 * _PIECE else len(mv)
            for i in range(0, len(mv), step):
                try:
                    self._core.write(mv[i:i + step])
                except ssl.SSLError as exc:
                    self._fail(exc)
                    return
                if out.pending and raw is not None:
                    raw.write(out.read())
        elif state == _HANDSHAKE:
            self._pending.append(bytes(data))

    def writelines(self, list_of_data: Any) -> None:
        self.write(b"".join(list_of_data))

    def can_write_eof(self) -> bool:
        return False

    def write_eof(self) -> None:
        # asyncio's TLS transport contract (can_write_eof() is False): HTTP/2 never half-closes
        # its connection, and the JS tls module's half-close lives in nodecompat/tls/protocol.py
        raise NotImplementedError("SSL doesn't support half-closes")

    def close(self) -> None:
        if self._state == _OPEN:
            self._state = _CLOSING
            self._read_paused = False
            if self._raw is not None and not self._eof:
                self._raw.resume_reading()  # the peer's close_notify / EOF must get in
            self._timer = self._loop.call_later(SHUTDOWN_TIMEOUT, self._shutdown_timeout)
            self._try_unwrap()
            if self._eof and self._state == _CLOSING:
                self._finish()  # the peer's FIN is in: nothing more will come
        elif self._state == _HANDSHAKE:
            self._finish()

    def abort(self) -> None:
        self._state = _CLOSED
        self._cancel_timer()
        if self._raw is not None:
            self._raw.abort()

    def is_closing(self) -> bool:
        return self._state >= _CLOSING

    def pause_reading(self) -> None:
        if not self._read_paused and self._state == _OPEN:
            self._read_paused = True
            if self._raw is not None:
                self._raw.pause_reading()

    def resume_reading(self) -> None:
        if self._read_paused:
            self._read_paused = False
            if self._raw is not None and self._state == _OPEN:
                if not self._eof:
                    self._raw.resume_reading()
                if self._eof or self._in.pending or self._core.pending():
                    self._loop.call_soon(self._resume_decrypt)

    def _resume_decrypt(self) -> None:
        if self._state == _OPEN and not self._read_paused:
            self._decrypt()
            if self._eof:
                self._after_eof()

    def is_reading(self) -> bool:
        return not self._read_paused and self._state == _OPEN

    def set_write_buffer_limits(self, high: Optional[int] = None, low: Optional[int] = None) -> None:
        if self._raw is not None:
            self._raw.set_write_buffer_limits(high, low)

    def get_write_buffer_limits(self) -> tuple[int, int]:
        return self._raw.get_write_buffer_limits() if self._raw is not None else (0, 0)  # type: ignore[attr-defined]

    def get_write_buffer_size(self) -> int:
        raw = self._raw
        return (raw.get_write_buffer_size() if raw is not None else 0) + sum(map(len, self._pending))

    def set_protocol(self, protocol: asyncio.BaseProtocol) -> None:
        self._app = protocol
        self._app_buffered = isinstance(protocol, asyncio.BufferedProtocol)

    def get_protocol(self) -> asyncio.BaseProtocol:
        return self._app

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        if name in self._extra:
            return self._extra[name]
        if name == "sslcontext":
            return self._ctx
        return self._raw.get_extra_info(name, default) if self._raw is not None else default
