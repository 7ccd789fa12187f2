"""asyncio's SSLProtocol with the two hooks Node's TLSWrap has and asyncio lacks.

* `judge`: on a client, runs when the handshake completes and *before* our last flight (TLS 1.3:
  the client Finished) leaves. Node's client checks the server's certificate there and, when it
  rejects it, closes without sending Finished, so the server sees a hang-up mid-handshake
  ('tlsClientError'), not an established connection.
* a failed handshake first sends OpenSSL's alert (asyncio drops it).
* `by_ssl`: SSL* → SSLProtocol for OpenSSL callbacks installed through ctypes (ALPN selection),
  which only receive the SSL*.
* half-close, as Node's TLSWrap: `write_eof` sends close_notify then FIN and keeps reading the
  peer's data until its close_notify (or FIN); a peer's close_notify is 'end', and when the app
  keeps the socket open (eof_received() true: allowHalfOpen) it may still write. asyncio instead
  calls SSL_shutdown again on every record that arrives after ours (OpenSSL: internal error) and
  answers a close_notify with a full close.

`start_tls` is asyncio's `loop.start_tls` (3.11) with this class.
"""
from __future__ import annotations

import asyncio
import ssl
import weakref
from asyncio import sslproto
from typing import Any, Callable

from . import _openssl, _sessions

by_ssl: "weakref.WeakValueDictionary[int, NodeSSLProtocol]" = weakref.WeakValueDictionary()


class NodeSSLProtocol(sslproto.SSLProtocol):
    judge: Callable[[], None] | None = None
    owner: Any = None                   # the nodecompat Connection
    resume_session: bytes | None = None   # server: the session 'resumeSession' answered (DER)
    _held = False
    session_holds = 0                   # server: 'newSession' callbacks not yet called

    def hold_for_session(self) -> None:
        """Keep our output (the rest of the handshake) until `release_session` (Node's
        awaiting_new_session_: the handshake waits for the 'newSession' callback)."""
        self.session_holds += 1

    def release_session(self) -> None:
        if self.session_holds > 0:
            self.session_holds -= 1
        t = self._transport
        if self.session_holds == 0 and t is not None and not t.is_closing():
            try:
                self._process_outgoing()
                if self._shutdown_deferred:
                    self._shutdown_deferred = False
                    super()._do_shutdown()
            except Exception as exc:    # surface it as asyncio would, not silently
                self._fatal_error(exc, 'Fatal error after the newSession callback')

    _shutdown_deferred = False
    _write_shut = False     # our close_notify is out (write_eof)
    _eof_deferred = False   # write_eof waits for 'newSession' / the write backlog
    _fin_pending = False    # TCP FIN after the close_notify has left the BIO
    _fin_sent = False
    _skip_shutdown = False  # the app keeps a half-open socket after the peer's close_notify

    def _get_app_transport(self) -> asyncio.Transport:
        if self._app_transport is None:
            self._app_transport = _NodeSSLTransport(self._loop, self)
        return self._app_transport  # type: ignore[return-value]

    def _write_eof(self) -> None:
        if self._write_shut or self._state != sslproto.SSLProtocolState.WRAPPED:
            return
        if self.session_holds or self._write_backlog:
            self._eof_deferred = True
            return
        self._write_shut = True
        try:
            self._sslobj.unwrap()   # close_notify; the peer's may follow later
        except sslproto.SSLAgainErrors:
            pass
        except ssl.SSLError as exc:
            self._fatal_error(exc)
            return
        self._fin_pending = True
        self._process_outgoing()

    def _write_appdata(self, list_of_data: Any) -> None:
        if self._write_shut or self._eof_deferred:
            return  # after end(): Node's stream layer reports the write, not the TLS layer
        super()._write_appdata(list_of_data)

    def _call_eof_received(self) -> None:
        first = self._app_state == sslproto.AppProtocolState.STATE_CON_MADE
        if not first:
            return
        self._app_state = sslproto.AppProtocolState.STATE_EOF
        try:
            keep_open = self._app_protocol.eof_received()
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as ex:
            self._fatal_error(ex, 'Error calling eof_received()')
            return
        t = self._app_transport
        # asyncio follows every close_notify with _start_shutdown(): skip that one when the app
        # keeps its write side (it ends or closes later itself)
        self._skip_shutdown = bool(keep_open) and t is not None and not t.is_closing()
        self._half_open = self._skip_shutdown

    _half_open = False      # the peer's close_notify came and the app kept its write side

    def eof_received(self) -> bool | None:
        if self._half_open and self._state == sslproto.SSLProtocolState.WRAPPED:
            # the FIN after the peer's close_notify: nothing more to read, the app still writes
            self._eof_received = True
            return True
        return super().eof_received()

    def _start_shutdown(self) -> None:
        skip, self._skip_shutdown = self._skip_shutdown, False
        if skip:
            return
        super()._start_shutdown()

    def _do_shutdown(self) -> None:
        # an end() while 'newSession' holds the output: close_notify follows the held bytes
        if self.session_holds:
            self._shutdown_deferred = True
            return
        if self._write_shut and not self._eof_received:
            # our close_notify is out: drop the peer's records up to its close_notify (a second
            # SSL_shutdown with records pending fails with an internal error)
            try:
                while self._sslobj.read(self.max_size):
                    pass
            except sslproto.SSLAgainErrors:
                self._process_outgoing()
                return
            except ssl.SSLError as exc:
                self._on_shutdown_complete(exc)
                return
        super()._do_shutdown()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if _openssl.AVAILABLE:
            by_ssl[_openssl._ssl_ptr(self._sslobj)] = self
        self._sslobj.read = _eof_tolerant_read(self._sslobj.read)  # type: ignore[method-assign]

    def _process_outgoing(self) -> None:
        if self._held or self.session_holds:
            return
        t = self._transport
        if self._fin_sent:
            self._outgoing.read()   # after our FIN nothing more can go out
            return
        super()._process_outgoing()
        if self._fin_pending and not self._outgoing.pending and not self._ssl_writing_paused \
                and t is not None and not t.is_closing():
            self._fin_pending, self._fin_sent = False, True
            if t.can_write_eof():
                try:
                    t.write_eof()
                except OSError:
                    pass
        if self.session_holds == 0 and self._eof_deferred and not self._write_backlog:
            self._eof_deferred = False
            self._write_eof()

    def _on_handshake_complete(self, handshake_exc: BaseException | None) -> None:
        judge, self.judge = self.judge, None
        failed_by_js = getattr(self.owner, "tls_error", None) is not None
        if isinstance(handshake_exc, ssl.SSLError) and not failed_by_js:
            # send OpenSSL's alert (e.g. no_application_protocol) before asyncio drops the
            # connection, as Node does: the peer then reports the alert, not a reset
            try:
                self._process_outgoing()
            except Exception:
                pass
        if handshake_exc is not None or judge is None:
            super()._on_handshake_complete(handshake_exc)
            return
        self._held = True
        try:
            super()._on_handshake_complete(None)
            judge()
        finally:
            self._held = False
        t = self._transport
        if t is not None and not t.is_closing() and self._state != sslproto.SSLProtocolState.UNWRAPPED:
            self._process_outgoing()


class _NodeSSLTransport(sslproto._SSLProtocolTransport):
    """asyncio's TLS app transport with Node's half-close (see NodeSSLProtocol._write_eof)."""

    def can_write_eof(self) -> bool:
        return True

    def write_eof(self) -> None:
        if not self._closed and self._ssl_protocol is not None:
            self._ssl_protocol._write_eof()


def _eof_tolerant_read(read: Callable[..., Any]) -> Callable[..., Any]:
    """SSLObject.read returns EOF for the peer's close_notify only while ours is unsent; after
    our close_notify (half-close) it raises SSLZeroReturnError, which asyncio takes as fatal."""
    def eof_read(n: int = 1024, buffer: Any = None) -> Any:
        try:
            return read(n, buffer) if buffer is not None else read(n)
        except ssl.SSLZeroReturnError:
            return 0 if buffer is not None else b""
    return eof_read


async def start_tls(loop: asyncio.AbstractEventLoop, transport: asyncio.Transport,
                    protocol: asyncio.Protocol, sslcontext: ssl.SSLContext, *, server_side: bool,
                    server_hostname: str | None, ssl_handshake_timeout: float,
                    judge: Callable[[], None] | None = None, owner: Any = None,
                    session: bytes | None = None,
                    alpn: list[str] | None = None,
                    replay: bytes = b"", sni_context: ssl.SSLContext | None = None,
                    resume_session: bytes | None = None) -> asyncio.Transport:
    """Server extras (after a ClientHello was read first, see clienthello.py): `replay` is the
    bytes already read, fed to OpenSSL before any new ones; `sni_context` the context SNI chose
    (switched before the handshake, as SSL_set_SSL_CTX: tickets and the session cache stay the
    server's); `resume_session` the DER session 'resumeSession' answered."""
    waiter = loop.create_future()
    proto = NodeSSLProtocol(loop, protocol, sslcontext, waiter, server_side, server_hostname,
                            ssl_handshake_timeout=ssl_handshake_timeout, call_connection_made=False)
    proto.judge = judge
    proto.owner = owner
    if sni_context is not None:
        proto._sslobj.context = sni_context
    proto.resume_session = resume_session
    if session:
        _sessions.set_session(proto._sslobj, session)     # tls.connect({session})
    if alpn is not None and not server_side:
        _openssl.set_client_alpn(proto._sslobj, alpn)     # tls.connect({ALPNProtocols})
    transport.pause_reading()
    transport.set_protocol(proto)
    conmade_cb = loop.call_soon(proto.connection_made, transport)
    replay_cb = loop.call_soon(_feed, proto, replay) if replay else None
    resume_cb = loop.call_soon(transport.resume_reading)
    try:
        await waiter
    except BaseException:
        transport.close()
        conmade_cb.cancel()
        resume_cb.cancel()
        if replay_cb is not None:
            replay_cb.cancel()
        raise
    return proto._app_transport  # type: ignore[return-value]


def _feed(proto: NodeSSLProtocol, data: bytes) -> None:
    """Hand bytes read before the handshake to the SSL protocol, as if just received."""
    view = memoryview(data)
    while view and proto._transport is not None and not proto._transport.is_closing():
        buf = proto.get_buffer(len(view))
        n = min(len(buf), len(view))
        buf[:n] = view[:n]
        view = view[n:]
        proto.buffer_updated(n)
