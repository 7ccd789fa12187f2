"""Engine servers (plain h2c and TLS+ALPN), client connect, and taking over connected sockets."""
from __future__ import annotations

import asyncio
import os
import socket
import ssl
import sys
from typing import Any, Callable, Optional

from .http1 import H1Protocol, Http1Exchange
from .options import SessionOptions
from .protocol import H2Protocol
from .session import Listener, Session
from .tls_transport import TLSTransport

SessionHook = Callable[[Session, H2Protocol], None]


def lean_tls() -> bool:
    """TLS through tls_transport.TLSTransport (default) or asyncio's sslproto
    (NODECOMPAT_H2_LEAN_TLS=0, for A/B runs and bisecting); read per connection/listener."""
    return os.environ.get("NODECOMPAT_H2_LEAN_TLS", "1") != "0"


# What Node writes to a TLS client that did not negotiate h2 (no allowHTTP1, no unknownProtocol listener)
FORBIDDEN_NO_ALPN = (b"HTTP/1.0 403 Forbidden\r\n"
                     b"Content-Type: text/plain\r\n\r\n"
                     b"Missing ALPN Protocol, expected `h2` to be available.\n"
                     b"If this is a HTTP request: The server was not "
                     b"configured with the `allowHTTP1` option or a "
                     b"listener for the `unknownProtocol` event.\n")


class _AlpnDispatch(asyncio.Protocol):
    """TLS connection: once the handshake is done, pick h2, HTTP/1.1 or unknownProtocol.

    As Node's connectionListener: without h2, and without allowHTTP1, the `on_unknown_protocol`
    hook owns the transport; with no hook (or a hook returning False) the client gets Node's 403
    text, the connection is ended, and destroyed after `unknownProtocolTimeout` if still open.
    (Node's TLS also refuses a ClientHello that offers ALPN without h2 with a fatal
    no_application_protocol alert; Python's ssl cannot, so such a client lands here too.)
    """

    def __init__(self, server: "EngineServer") -> None:
        self.server = server
        self.lost = False
        self.timer: Optional[asyncio.TimerHandle] = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        ssl_obj = transport.get_extra_info("ssl_object")
        alpn = ssl_obj.selected_alpn_protocol() if ssl_obj is not None else None
        srv = self.server
        if alpn == "h2":
            proto: asyncio.Protocol = srv._make_h2()
        elif srv.allow_http1 and srv.on_http1 is not None:
            proto = H1Protocol(srv.on_http1, srv.options, srv.on_check_continue)
        else:
            hook = srv.on_unknown_protocol
            if hook is None or hook(transport) is False:
                self._refuse(transport)  # type: ignore[arg-type]
            return
        transport.set_protocol(proto)
        proto.connection_made(transport)

    def _refuse(self, transport: asyncio.WriteTransport) -> None:
        loop = asyncio.get_event_loop()
        self.timer = loop.call_later(self.server.options.unknownProtocolTimeout / 1000.0,
                                     lambda: None if self.lost else transport.abort())
        transport.write(FORBIDDEN_NO_ALPN)
        transport.close()

    def data_received(self, data: bytes) -> None:  # bytes before a protocol was chosen
        pass

    def connection_lost(self, exc: Optional[BaseException]) -> None:
        self.lost = True
        if self.timer is not None:
            self.timer.cancel()


class EngineServer:
    """Accepts connections; every h2 connection gets a fresh Session passed to on_session."""

    def __init__(self, options: Optional[SessionOptions] = None, on_session: Optional[SessionHook] = None,
                 ssl_context: Optional[ssl.SSLContext] = None, allow_http1: bool = False,
                 on_http1: Optional[Callable[[Http1Exchange], None]] = None,
                 on_unknown_protocol: Optional[Callable[[asyncio.BaseTransport], bool]] = None,
                 on_check_continue: Optional[Callable[[Http1Exchange], Any]] = None) -> None:
        self.options = options or SessionOptions()
        self.on_check_continue = on_check_continue
        self.on_session = on_session
        self.ssl_context = ssl_context
        self.allow_http1 = allow_http1
        self.on_http1 = on_http1
        self.on_unknown_protocol = on_unknown_protocol
        self.server: Optional[asyncio.base_events.Server] = None
        self.protocols: set[H2Protocol] = set()

    def _make_h2(self) -> H2Protocol:
        session = Session(server=True, options=self.options)
        proto = H2Protocol(session, on_connection=self._connected, on_lost=self.protocols.discard)
        return proto

    def _connected(self, proto: H2Protocol) -> None:
        self.protocols.add(proto)
        if self.on_session is not None:
            self.on_session(proto.session, proto)

    def _factory(self) -> asyncio.Protocol:
        return _AlpnDispatch(self) if self.ssl_context is not None else self._make_h2()

    def _lean_factory(self) -> asyncio.BaseProtocol:
        assert self.ssl_context is not None
        return TLSTransport(self.ssl_context, _AlpnDispatch(self), server_side=True)

    async def listen(self, port: int = 0, host: str = "127.0.0.1", backlog: int = 511,
                     sock: Optional[socket.socket] = None) -> int:
        loop = asyncio.get_running_loop()
        factory: Callable[[], asyncio.BaseProtocol] = self._factory
        ctx = self.ssl_context
        if ctx is not None and lean_tls():
            factory, ctx = self._lean_factory, None  # TLS inside the protocol
        if sock is not None:
            self.server = await loop.create_server(factory, sock=sock, ssl=ctx, backlog=backlog)
        else:
            self.server = await loop.create_server(factory, host, port, ssl=ctx,
                                                   backlog=backlog, reuse_address=True)
        return self.port

    @property
    def port(self) -> int:
        assert self.server is not None
        return self.server.sockets[0].getsockname()[1]

    def update_settings(self, settings: dict) -> None:
        """Node's server.updateSettings: future sessions, and a SETTINGS frame to live ones."""
        self.options.settings = {**self.options.settings, **settings}
        for proto in list(self.protocols):
            if not proto.session.destroyed:
                proto.session.settings(settings)

    def close(self) -> None:
        """Stop accepting; existing sessions continue (Node's server.close)."""
        if self.server is not None:
            self.server.close()

    def close_sessions(self) -> None:
        for proto in list(self.protocols):
            proto.session.close()

    async def wait_closed(self) -> None:
        if self.server is not None:
            await self.server.wait_closed()


def server_ssl_context(certfile: Optional[str] = None, keyfile: Optional[str] = None,
                       allow_http1: bool = False, ctx: Optional[ssl.SSLContext] = None) -> ssl.SSLContext:
    if ctx is None:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(certfile, keyfile)  # type: ignore[arg-type]
    ctx.set_alpn_protocols(["h2", "http/1.1"] if allow_http1 else ["h2"])
    return ctx


def client_ssl_context(cafile: Optional[str] = None, ctx: Optional[ssl.SSLContext] = None,
                       verify: bool = True) -> ssl.SSLContext:
    if ctx is None:
        if verify or cafile:
            ctx = ssl.create_default_context(cafile=cafile)
        else:  # nothing to verify against: skip loading the system CA store (~20 ms of CPU)
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            if os.environ.get("SSLKEYLOGFILE") and not sys.flags.ignore_environment:
                ctx.keylog_filename = os.environ["SSLKEYLOGFILE"]  # as create_default_context
        if not verify:
            ctx.check_hostname = False
            ctx.verify_mode = ssl.CERT_NONE
    ctx.set_alpn_protocols(["h2"])
    return ctx


async def _lean_connect(session: Session, ssl_context: ssl.SSLContext, server_hostname: Optional[str],
                        host: Optional[str] = None, port: Optional[int] = None,
                        sock: Optional[socket.socket] = None, server: bool = False) -> H2Protocol:
    """TLSTransport over a new or given socket; returns once the handshake is done (or raises
    its error, as asyncio's create_connection(ssl=...) does)."""
    loop = asyncio.get_running_loop()
    proto = H2Protocol(session)
    tls = TLSTransport(ssl_context, proto, server_side=server,
                       server_hostname=None if server else (server_hostname or host))
    if server:
        await loop.connect_accepted_socket(lambda: tls, sock)  # type: ignore[arg-type]
    else:
        await loop.create_connection(lambda: tls, host, port, sock=sock)
    try:
        await tls.handshake
    except asyncio.CancelledError:
        tls.abort()
        raise
    return proto


async def connect_engine(host: str, port: int, listener: Optional[Listener] = None,
                         options: Optional[SessionOptions] = None,
                         ssl_context: Optional[ssl.SSLContext] = None,
                         server_hostname: Optional[str] = None) -> tuple[Session, H2Protocol]:
    """Open a client connection. The session's listener is set before any event can arrive."""
    loop = asyncio.get_running_loop()
    session = Session(server=False, options=options, listener=listener)
    if ssl_context is not None and lean_tls():
        return session, await _lean_connect(session, ssl_context, server_hostname, host, port)
    _, proto = await loop.create_connection(lambda: H2Protocol(session), host, port, ssl=ssl_context,
                                            server_hostname=server_hostname if ssl_context else None)
    return session, proto  # type: ignore[return-value]


async def attach_socket(sock: socket.socket, server: bool, listener: Optional[Listener] = None,
                        options: Optional[SessionOptions] = None,
                        ssl_context: Optional[ssl.SSLContext] = None,
                        server_hostname: Optional[str] = None) -> tuple[Session, H2Protocol]:
    """Run HTTP/2 over an already-connected socket (performServerHandshake / createConnection)."""
    loop = asyncio.get_running_loop()
    session = Session(server=server, options=options, listener=listener)
    if ssl_context is not None and lean_tls():
        return session, await _lean_connect(session, ssl_context, server_hostname, sock=sock,
                                            server=server)
    if server:
        _, proto = await loop.connect_accepted_socket(lambda: H2Protocol(session), sock, ssl=ssl_context)
    else:
        _, proto = await loop.create_connection(lambda: H2Protocol(session), sock=sock, ssl=ssl_context,
                                                server_hostname=server_hostname if ssl_context else None)
    return session, proto  # type: ignore[return-value]


def attach_transport(transport: asyncio.Transport, server: bool, listener: Optional[Listener] = None,
                     options: Optional[SessionOptions] = None, initial_data: bytes = b""
                     ) -> tuple[Session, H2Protocol]:
    """Replace the protocol of a live asyncio transport with an HTTP/2 one (sync; no await)."""
    session = Session(server=server, options=options, listener=listener)
    proto = H2Protocol(session)
    transport.set_protocol(proto)
    proto.connection_made(transport)
    if initial_data:
        proto.data_received(initial_data)
    return session, proto


_ = Any
