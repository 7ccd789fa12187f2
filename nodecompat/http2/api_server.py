"""Python API entry points: create_server, create_secure_server, connect."""
from __future__ import annotations

import asyncio
import ssl
from typing import Any, Callable, Optional
from urllib.parse import urlsplit

from .api import Http2Session, Http2Stream, _spawn
from .http1 import Http1Exchange
from .options import SessionOptions
from .protocol import H2Protocol
from .server import EngineServer, client_ssl_context, connect_engine, server_ssl_context
from .session import Session

StreamHandler = Callable[[Http2Stream, dict], Any]


class Http2Server:
    """`await server.listen(port)`; every session's streams go to `on_stream(stream, headers)`."""

    def __init__(self, on_stream: Optional[StreamHandler] = None, *,
                 ssl_context: Optional[ssl.SSLContext] = None, allow_http1: bool = False,
                 on_http1_request: Optional[Callable[[Http1Exchange], Any]] = None,
                 on_session: Optional[Callable[[Http2Session], Any]] = None,
                 on_unknown_protocol: Optional[Callable[[asyncio.BaseTransport], bool]] = None,
                 on_check_continue: Optional[Callable[[Http1Exchange], Any]] = None,
                 timeout: int = 0, **options: Any) -> None:
        self.on_stream = on_stream
        self.on_session = on_session
        self.timeout = timeout
        self.sessions: set[Http2Session] = set()
        self.engine = EngineServer(SessionOptions.from_mapping(options), self._session,
                                   ssl_context=ssl_context, allow_http1=allow_http1,
                                   on_http1=on_http1_request, on_unknown_protocol=on_unknown_protocol,
                                   on_check_continue=on_check_continue)
        self.tls = ssl_context is not None

    def _session(self, engine: Session, proto: H2Protocol) -> None:
        sess = Http2Session(engine, tls=self.tls)
        sess.on_stream = self.on_stream
        self.sessions.add(sess)
        sess.closed.add_done_callback(lambda _f: self.sessions.discard(sess))
        if self.timeout:
            sess.set_timeout(self.timeout, sess.destroy)
        if self.on_session is not None:
            _spawn(self.on_session(sess))

    async def listen(self, port: int = 0, host: str = "127.0.0.1") -> int:
        return await self.engine.listen(port, host)

    @property
    def port(self) -> int:
        return self.engine.port

    def update_settings(self, settings: dict) -> None:
        self.engine.update_settings(settings)

    async def close(self, graceful: bool = True) -> None:
        """Stop listening; graceful closes sessions with GOAWAY and waits, else destroys them."""
        self.engine.close()
        for s in list(self.sessions):
            s.close() if graceful else s.destroy()
        if self.sessions:
            await asyncio.wait([s.closed for s in self.sessions], timeout=5)


def create_server(on_stream: Optional[StreamHandler] = None, **options: Any) -> Http2Server:
    """Plain-text HTTP/2 (h2c, prior knowledge). Options take Node's names or snake_case."""
    return Http2Server(on_stream, **options)


def create_secure_server(on_stream: Optional[StreamHandler] = None, *, certfile: Optional[str] = None,
                         keyfile: Optional[str] = None, ssl_context: Optional[ssl.SSLContext] = None,
                         allow_http1: bool = False, **options: Any) -> Http2Server:
    """TLS with ALPN h2 (+ http/1.1 when allow_http1, served by on_http1_request)."""
    ctx = server_ssl_context(certfile, keyfile, allow_http1, ssl_context)
    return Http2Server(on_stream, ssl_context=ctx, allow_http1=allow_http1, **options)


async def connect(authority: str, *, ssl_context: Optional[ssl.SSLContext] = None,
                  ca: Optional[str] = None, verify: bool = True,
                  on_session: Optional[Callable[[Http2Session], Any]] = None,
                  **options: Any) -> Http2Session:
    """Connect to 'http://host:port' (h2c) or 'https://host:port' (TLS+ALPN h2); waits for SETTINGS."""
    url = urlsplit(authority)
    tls = url.scheme == "https"
    host = url.hostname or "localhost"
    port = url.port or (443 if tls else 80)
    ctx = client_ssl_context(ca, ssl_context, verify) if tls else None
    holder: dict = {}

    class _Late:  # the session wrapper is created after the engine: buffer the first batch
        def on_events(self, session: Session, events: list) -> None:
            holder.setdefault("events", []).extend(events)

    engine, _proto = await connect_engine(host, port, listener=_Late(),
                                          options=SessionOptions.from_mapping(options),
                                          ssl_context=ctx, server_hostname=host)
    sess = Http2Session(engine, tls=tls)
    sess.authority = (url.netloc or host).encode()  # type: ignore[attr-defined]
    if on_session is not None:
        on_session(sess)
    if holder.get("events"):
        sess.on_events(engine, holder.pop("events"))
    await sess.connected
    return sess
