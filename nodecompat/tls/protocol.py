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
    _held = False

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if _openssl.AVAILABLE:
            by_ssl[_openssl._ssl_ptr(self._sslobj)] = self

    def _process_outgoing(self) -> None:
        if self._held:
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
                    alpn: list[str] | None = None) -> asyncio.Transport:
    waiter = loop.create_future()
    proto = NodeSSLProtocol(loop, protocol, sslcontext, waiter, server_side, server_hostname,
                            ssl_handshake_timeout=ssl_handshake_timeout, call_connection_made=False)
    proto.judge = judge
    proto.owner = owner
    if session:
        _sessions.set_session(proto._sslobj, session)     # tls.connect({session})
    if alpn is not None and not server_side:
        _openssl.set_client_alpn(proto._sslobj, alpn)     # tls.connect({ALPNProtocols})
    transport.pause_reading()
    transport.set_protocol(proto)
    conmade_cb = loop.call_soon(proto.connection_made, transport)
    resume_cb = loop.call_soon(transport.resume_reading)
    try:
        await waiter
    except BaseException:
        transport.close()
        conmade_cb.cancel()
        resume_cb.cancel()
        raise
    return proto._app_transport  # type: ignore[return-value]
