"""One TCP (or TLS) connection on asyncio with the knobs Node's net.Socket needs.

A `Connection` is an asyncio protocol. It reports to a *sink* (any object with the `Sink` methods):
the JS binding forwards them to JS, Python users can implement them directly. Writes return whether
the caller may keep writing (the transport buffer is under its high watermark); when it was not,
`on_drain` follows once the buffer has fallen under the low watermark.
"""
from __future__ import annotations

import asyncio
import socket
import ssl
from dataclasses import dataclass
from typing import Any, Protocol

from . import errors
from .addr import peername, sockname

HIGH_WATERMARK = 64 * 1024
LOW_WATERMARK = 16 * 1024


class Sink(Protocol):
    def on_data(self, data: bytes) -> None: ...
    def on_end(self) -> None: ...
    def on_drain(self) -> None: ...
    def on_timeout(self) -> None: ...
    def on_error(self, desc: dict[str, Any]) -> None: ...
    def on_close(self, had_error: bool) -> None: ...


class NullSink:
    """Sink used before a real one is attached and after detach/close: drops everything."""
    def on_data(self, data: bytes) -> None: pass
    def on_end(self) -> None: pass
    def on_drain(self) -> None: pass
    def on_timeout(self) -> None: pass
    def on_error(self, desc: dict[str, Any]) -> None: pass
    def on_close(self, had_error: bool) -> None: pass


NULL_SINK = NullSink()


@dataclass
class Detached:
    """What `Connection.detach()` hands to another engine (e.g. http2): the live transport, its
    raw socket, and the ssl object (None for plain TCP). Reading is paused; the new owner calls
    `transport.set_protocol(p)`, `p.connection_made(transport)` and `transport.resume_reading()`."""
    transport: asyncio.Transport
    socket: socket.socket | None
    ssl_object: ssl.SSLObject | None


class Connection(asyncio.Protocol):
    def __init__(self, sink: Sink | None = None, *, on_made: Any = None) -> None:
        self.sink: Sink = sink or NULL_SINK
        self.transport: asyncio.Transport | None = None
        self.sock: socket.socket | None = None
        self.bytes_read = 0
        self.bytes_written = 0
        self.read_eof = False
        self.write_eof = False
        self.closed = False
        self.had_error = False
        self.detached = False
        self._on_made = on_made           # server hook: called from connection_made
        self.on_gone: Any = None          # server hook: called once closed or detached
        self._write_paused = False
        self._reading = True
        self._want_drain = False
        self._timeout = 0.0
        self._timer: asyncio.TimerHandle | None = None
        self._last_activity = 0.0
        self._loop: asyncio.AbstractEventLoop | None = None
        self.tls: Any = None              # nodecompat.tls.session.TLSInfo once upgraded
        self.tls_half_open = False        # TLS: stay writable after the peer's close_notify (as TCP)
        self.on_tls_session: Any = None     # TLS client: called with each new session (DER)
        self.on_keylog: Any = None          # TLS: called with each key log line
        self.tls_error: Any = None        # a JS error from a TLS callback (ALPNCallback) failing the handshake
        # set during start_tls: the first event from the TLS layer means the handshake is done,
        # and must switch us to the app transport *before* we handle it (see tls.session)
        self.upgrade_hook: Any = None
        self.local: tuple[str, int, str] | None = None
        self.remote: tuple[str, int, str] | None = None

    # ---- asyncio protocol ---------------------------------------------------------------
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        self._loop = asyncio.get_running_loop()
        self.sock = transport.get_extra_info("socket")
        transport.set_write_buffer_limits(high=HIGH_WATERMARK, low=LOW_WATERMARK)
        if self.sock is not None:
            raw = self.sock
            self.local = sockname(raw)  # type: ignore[arg-type]
            self.remote = peername(raw)  # type: ignore[arg-type]
        if self._on_made is not None:
            cb, self._on_made = self._on_made, None
            cb(self)

    def data_received(self, data: bytes) -> None:
        if self.upgrade_hook is not None:
            self._run_upgrade_hook()
        self.bytes_read += len(data)
        self._touch()
        self.sink.on_data(data)

    def eof_received(self) -> bool:
        if self.upgrade_hook is not None:
            self._run_upgrade_hook()
        self.read_eof = True
        self.sink.on_end()
        if self.write_eof and self.transport is not None:
            self.transport.close()
        # keep the write side open (JS decides: allowHalfOpen); TLS only when asked (tls.protocol
        # half-closes), else the peer's close_notify closes as asyncio does
        return self.tls is None or self.tls_half_open

    def pause_writing(self) -> None:
        self._write_paused = True

    def resume_writing(self) -> None:
        self._write_paused = False
        if self._want_drain:
            self._want_drain = False
            self.sink.on_drain()

    def connection_lost(self, exc: Exception | None) -> None:
        if self.detached:
            return
        if self.upgrade_hook is not None and exc is None:
            self._run_upgrade_hook()
        self._finish(exc)

    # ---- API used by bindings and Python code ---------------------------------------------
    def write(self, data: bytes) -> bool:
        """Queue `data`; False means: wait for on_drain before writing more."""
        t = self.transport
        if t is None or self.closed or t.is_closing():
            return True
        t.write(data)
        self.bytes_written += len(data)
        self._touch()
        if self._write_paused:
            self._want_drain = True
            return False
        return True

    @property
    def write_buffer_size(self) -> int:
        return self.transport.get_write_buffer_size() if self.transport else 0

    def end(self) -> None:
        """Half-close: FIN after queued data (TLS: close_notify, then FIN)."""
        t = self.transport
        if t is None or self.closed or self.write_eof:
            return
        self.write_eof = True
        if t.can_write_eof():
            try:
                t.write_eof()
            except OSError:
                # the peer is already gone (ENOTCONN): Node's end() just finishes the close
                t.close()
                return
            if self.read_eof:
                t.close()
        else:
            t.close()

    def close(self) -> None:
        """Close after queued data is flushed."""
        if self.transport is not None and not self.closed:
            self.transport.close()

    def destroy(self) -> None:
        """Close now, dropping queued data (Node's destroy())."""
        if self.transport is not None and not self.closed:
            self.transport.abort()

    def reset(self) -> None:
        """Close with RST (Node's resetAndDestroy())."""
        if self.sock is not None and not self.closed:
            try:
                self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
            except OSError:
                pass
        self.destroy()

    def pause(self) -> None:
        if self._reading and self.transport is not None and not self.closed:
            self._reading = False
            try:
                self.transport.pause_reading()
            except (RuntimeError, AttributeError):
                pass

    def resume(self) -> None:
        if not self._reading and self.transport is not None and not self.closed:
            self._reading = True
            try:
                self.transport.resume_reading()
            except (RuntimeError, AttributeError):
                pass

    def _run_upgrade_hook(self) -> None:
        hook, self.upgrade_hook = self.upgrade_hook, None
        hook()

    def switch_transport(self, transport: asyncio.Transport) -> None:
        """Write to `transport` from now on (the TLS app transport after start_tls); it reads
        from the start, whatever we paused on the old one."""
        self.transport = transport
        transport.set_write_buffer_limits(high=HIGH_WATERMARK, low=LOW_WATERMARK)
        self._reading = True

    def set_nodelay(self, on: bool) -> None:
        if self.sock is not None and self.sock.family in (socket.AF_INET, socket.AF_INET6):
            try:
                self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, int(on))
            except OSError:
                pass

    def set_keepalive(self, on: bool, delay_s: int = 0) -> None:
        if self.sock is None:
            return
        try:
            self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, int(on))
            if on and delay_s > 0 and hasattr(socket, "TCP_KEEPIDLE"):
                self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE, delay_s)
        except OSError:
            pass

    def set_timeout(self, ms: float) -> None:
        """Idle timeout: on_timeout after `ms` without reads or writes (0 disables)."""
        self._timeout = max(0.0, ms) / 1000.0
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._timeout and not self.closed:
            self._touch()

    def detach(self) -> Detached:
        """Give the transport to another protocol owner; this Connection goes inert."""
        assert self.transport is not None
        t = self.transport
        self.pause()
        self.detached = True
        self.set_timeout(0)
        self.sink = NULL_SINK
        self._gone()
        return Detached(t, self.sock, t.get_extra_info("ssl_object"))

    # ---- internals ---------------------------------------------------------------------------
    def _touch(self) -> None:
        if not self._timeout:
            return
        if self._loop is None:
            # set before connection_made (Node times the connect phase too)
            self._loop = asyncio.get_event_loop()
        self._last_activity = self._loop.time()
        if self._timer is None:
            self._timer = self._loop.call_at(self._last_activity + self._timeout, self._check_timeout)

    def _check_timeout(self) -> None:
        # Re-arm lazily instead of rescheduling on every chunk.
        self._timer = None
        if not self._timeout or self.closed or self._loop is None:
            return
        due = self._last_activity + self._timeout
        if self._loop.time() + 0.001 < due:
            self._timer = self._loop.call_at(due, self._check_timeout)
            return
        self.sink.on_timeout()

    def _finish(self, exc: BaseException | None) -> None:
        if self.closed:
            return
        self.closed = True
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        sink = self.sink
        if exc is not None:
            self.had_error = True
            syscall = "write" if isinstance(exc, BrokenPipeError) else "read"
            sink.on_error(errors.io_error(exc, syscall))
        self.sink = NULL_SINK
        sink.on_close(exc is not None)
        self._gone()

    def _gone(self) -> None:
        cb, self.on_gone = self.on_gone, None
        if cb is not None:
            cb(self)

    def fail(self, desc: dict[str, Any]) -> None:
        """Report an error not raised by the transport (TLS handshake, verification) and close."""
        if self.closed:
            return
        self.closed = True
        self.had_error = True
        sink, self.sink = self.sink, NULL_SINK
        if self.transport is not None:
            self.transport.abort()
        sink.on_error(desc)
        sink.on_close(True)
        self._gone()
