"""asyncio's SSLProtocol with the two hooks Node's TLSWrap has and asyncio lacks.

* `judge`: on a client, runs when the handshake completes and *before* our last flight (TLS 1.3:
  the client Finished) leaves. Node's client checks the server's certificate there and, when it
  rejects it, closes without sending Finished, so the server sees a hang-up mid-handshake
  ('tlsClientError'), not an established connection.
* a failed handshake first sends OpenSSL's alert (asyncio drops it).
* `by_ssl`: SSL* → SSLProtocol for OpenSSL callbacks installed through ctypes (ALPN selection),
  which only receive the SSL*.

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
            except Exception:
                pass

    _shutdown_deferred = False

    def _do_shutdown(self) -> None:
        # an end() while 'newSession' holds the output: close_notify follows the held bytes
        if self.session_holds:
            self._shutdown_deferred = True
            return
        super()._do_shutdown()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if _openssl.AVAILABLE:
            by_ssl[_openssl._ssl_ptr(self._sslobj)] = self

    def _process_outgoing(self) -> None:
        if self._held or self.session_holds:
            return
        super()._process_outgoing()

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
