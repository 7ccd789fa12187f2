"""asyncio protocol driving one Session: one write per loop iteration, watermarks, read pausing."""
from __future__ import annotations

import asyncio
import socket
from typing import Any, Callable, Optional

from . import trace as _trace
from .session import Session


class H2Protocol(asyncio.Protocol):
    """Owns the transport of one HTTP/2 connection; implements session.SessionIO."""

    def __init__(self, session: Session, on_connection: Optional[Callable[["H2Protocol"], None]] = None,
                 on_lost: Optional[Callable[["H2Protocol"], None]] = None) -> None:
        self.session = session
        self.transport: Optional[asyncio.Transport] = None
        self.loop = asyncio.get_event_loop()
        self._flush_scheduled = False
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

    def data_received(self, data: bytes) -> None:
        self.session.receive(data)

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
            self.loop.call_soon(self._flush)

    def _flush(self) -> None:
        self._flush_scheduled = False
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
