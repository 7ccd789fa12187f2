"""asyncio protocol driving one Session: one write per loop iteration (and per read with
flush_on_read), watermarks, read pausing."""
from __future__ import annotations

import asyncio
import socket
import threading
from typing import Any, Callable, Optional

from . import trace as _trace
from .session import Session

READ_SIZE = 256 * 1024  # asyncio's own read size (plain sockets and SSLProtocol)
_reads = threading.local()  # one read buffer per thread (per loop), not per connection


class H2Protocol(asyncio.BufferedProtocol):
    """Owns the transport of one HTTP/2 connection; implements session.SessionIO.

    A BufferedProtocol: the socket (or the SSL layer's decryption) writes straight into one
    reused buffer instead of a fresh bytes object per read (and per TLS record, joined). The
    buffer is shared by the thread's connections (idle ones cost nothing): the session copies
    what it keeps before `buffer_updated` returns; a read nested in that gets its own buffer."""

    def __init__(self, session: Session, on_connection: Optional[Callable[["H2Protocol"], None]] = None,
                 on_lost: Optional[Callable[["H2Protocol"], None]] = None) -> None:
        self.session = session
        self.transport: Optional[asyncio.Transport] = None
        self.loop = asyncio.get_event_loop()
        self._flush_scheduled = False
        self._flush_handle: Optional[asyncio.Handle] = None
        self._rview: Optional[memoryview] = None
        self._close_after = False
        self._write_paused = False
        self._read_paused = False
        self._on_connection = on_connection
        self._on_lost = on_lost
        self.closed = False

    # -- asyncio.Protocol
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        o = self.session.options
        transport.set_write_buffer_limits(high=o.writeHighWater, low=o.writeLowWater)  # type: ignore[attr-defined]
        sock = transport.get_extra_info("socket")
        if sock is not None:
            try:
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            except OSError:
                pass
        ssl_obj = transport.get_extra_info("ssl_object")
        if ssl_obj is not None:
            self.session.alpn = ssl_obj.selected_alpn_protocol()
        self.session.trace = _trace.new_tracer(self.session.server, transport)  # None unless traced
        self.session.attach(self)
        if self._on_connection is not None:
            self._on_connection(self)
        self._flush()

    def get_buffer(self, sizehint: int) -> memoryview:
        view = getattr(_reads, "view", None)
        if view is None:
            view = _reads.view = memoryview(bytearray(READ_SIZE))
        elif getattr(_reads, "busy", False):
            view = memoryview(bytearray(READ_SIZE))
        self._rview = view
        return view

    def buffer_updated(self, nbytes: int) -> None:
        view = self._rview[:nbytes]  # type: ignore[index]
        self._rview = None
        outer = getattr(_reads, "busy", False)
        _reads.busy = True
        try:
            # a tracer may keep the chunk itself; the session copies what it keeps
            self.data_received(view if self.session.trace is None else bytes(view))
        finally:
            _reads.busy = outer
            view.release()

    def data_received(self, data: bytes) -> None:
        self.session.receive(data)
        h = self._flush_handle
        if h is not None and self.session.flush_on_read:
            # answer within this read (WINDOW_UPDATE, DATA the peer's WINDOW_UPDATE let out): a
            # flow-controlled body waits one round trip per half window, each a loop pass longer
            h.cancel()
            self._flush()

    def eof_received(self) -> Optional[bool]:
        return False

    def connection_lost(self, exc: Optional[BaseException]) -> None:
        self.closed = True
        self.session.connection_lost(None if exc is None else str(exc))
        if self._on_lost is not None:
            self._on_lost(self)

    def pause_writing(self) -> None:
        # Peer not reading: stop producing and stop reading (no unbounded ACK queues)
        self._write_paused = True
        if self.transport is not None and not self._read_paused:
            self._read_paused = True
            self.transport.pause_reading()

    def resume_writing(self) -> None:
        self._write_paused = False
        if self.transport is not None and self._read_paused:
            self._read_paused = False
            self.transport.resume_reading()
        self.request_flush()

    # -- SessionIO
    def request_flush(self) -> None:
        if not self._flush_scheduled and not self.closed:
            self._flush_scheduled = True
            self._flush_handle = self.loop.call_soon(self._flush)

    def _flush(self) -> None:
        self._flush_scheduled = False
        self._flush_handle = None
        t = self.transport
        if t is None or self.closed:
            return
        try:
            data = self.session.flush()
        except Exception as exc:  # never leave an exception in the loop
            self.session._fail(2, "ERR_HTTP2_ERROR", f"{type(exc).__name__}: {exc}")
            data = self.session.conn.data_to_send()
            self._close_after = True
        if data:
            if self.session.trace is not None:
                self.session.trace.sent(data)
            t.write(data)
        if self._close_after and not self._flush_scheduled:
            self.closed = True
            t.close()

    def close_after_flush(self) -> None:
        self._close_after = True
        self.request_flush()

    def abort(self) -> None:
        if self.transport is not None:
            self.transport.abort()

    def write_buffer_size(self) -> int:
        t = self.transport
        return t.get_write_buffer_size() if t is not None else 0

    def writable(self) -> bool:
        return not self._write_paused

    def call_later(self, delay: float, fn: Callable[[], None]) -> Any:
        return self.loop.call_later(delay, fn)

    # -- info
    def peer(self) -> Any:
        return self.transport.get_extra_info("peername") if self.transport else None

    def sockname(self) -> Any:
        return self.transport.get_extra_info("sockname") if self.transport else None
