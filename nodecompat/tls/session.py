"""TLS on a nodecompat.net Connection: handshake in place, then Node's TLSSocket facts."""
from __future__ import annotations

import asyncio
import re
import ssl
from typing import Any, Callable

from ..net import errors
from ..net.connection import Connection
from . import _openssl, peercert, protocol, verify

HANDSHAKE_TIMEOUT = 120.0       # Node's handshakeTimeout default (ms 120000)


class TLSInfo:
    """What a TLSSocket exposes once the handshake is done."""

    def __init__(self, sslobj: ssl.SSLObject, server_side: bool) -> None:
        self.sslobj = sslobj
        self.server_side = server_side
        self.verify_error = verify.verify_error(sslobj, server_side)

    @property
    def alpn_protocol(self) -> str | bool:
        return self.sslobj.selected_alpn_protocol() or False

    @property
    def servername(self) -> str | bool:
        if self.server_side:
            return getattr(self.sslobj, "nc_servername", None) or False
        return self.sslobj.server_hostname or False

    @property
    def protocol(self) -> str | None:
        return _openssl.protocol_version(self.sslobj)

    def cipher(self) -> dict[str, str]:
        c = self.sslobj.cipher()
        if not c:
            return {}
        name, version, _ = c
        return {"name": name, "standardName": _standard_name(name), "version": version}

    def peer_certificate(self, detailed: bool = False) -> dict[str, Any]:
        return peercert.peer_certificate(self.sslobj, detailed)

    @property
    def session_reused(self) -> bool:
        return bool(self.sslobj.session_reused)


_STD = {  # OpenSSL → IANA names for the TLS 1.2 suites Node reports most (TLS 1.3 names agree)
    "ECDHE-ECDSA-AES128-GCM-SHA256": "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "ECDHE-ECDSA-AES256-GCM-SHA384": "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "ECDHE-RSA-AES128-GCM-SHA256": "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "ECDHE-RSA-AES256-GCM-SHA384": "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "ECDHE-ECDSA-CHACHA20-POLY1305": "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
    "ECDHE-RSA-CHACHA20-POLY1305": "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
}


def _standard_name(name: str) -> str:
    return _STD.get(name, name)


def handshake_error(exc: BaseException, server_side: bool = False) -> dict[str, Any]:
    """Node-style description of a failed handshake (`ERR_SSL_*` codes from OpenSSL's reason)."""
    if isinstance(exc, asyncio.TimeoutError) or isinstance(exc, TimeoutError):
        return {"code": "ERR_TLS_HANDSHAKE_TIMEOUT", "message": "TLS handshake timeout"}
    if isinstance(exc, ssl.SSLError) and not exc.reason:
        # reasons newer than Python's table come as "[SSL] tlsv1 alert no application protocol (...)"
        m = re.match(r"\[(\w+)\] ([a-z0-9 ]+?) \(", exc.strerror or str(exc))
        if m:
            exc.library, exc.reason = m.group(1), m.group(2).upper().replace(" ", "_")
    if isinstance(exc, ssl.SSLError) and exc.reason:
        reason = exc.reason
        lib = {"SSL": "SSL routines"}.get(exc.library or "", exc.library or "")
        text = reason.lower().replace("_", " ")
        packed = _openssl.packed_error(exc.library or "", reason)   # Node prints OpenSSL's own code
        if packed is not None:
            return {"code": f"ERR_SSL_{reason}", "library": packed[1], "reason": packed[2],
                    "message": f"error:{packed[0]:08X}:{packed[1]}::{packed[2]}"}
        return {"code": f"ERR_SSL_{reason}", "library": lib, "reason": text,
                "message": f"error:0A000000:{lib}::{text}"}
    if isinstance(exc, OSError) and exc.errno and not isinstance(exc, ssl.SSLError):
        # a real socket error (RST): Node's `read ECONNRESET`
        return errors.io_error(exc, "read")
    if isinstance(exc, (EOFError, OSError)) or exc is ConnectionResetError:
        # the peer closed mid-handshake (asyncio raises the bare class on EOF): JS decides
        # (a server's "socket hang up" after 'close', a client's onConnectEnd error)
        return {"eof": True, "code": "ECONNRESET",
                "message": "socket hang up" if server_side else
                "Client network socket disconnected before secure TLS connection was established"}
    return {"code": "ERR_SSL_UNKNOWN", "message": str(exc)}


async def start_tls(conn: Connection, ctx: ssl.SSLContext, *, server_side: bool,
                    server_hostname: str | None = None,
                    handshake_timeout: float = HANDSHAKE_TIMEOUT,
                    on_secure: Callable[[TLSInfo], None] | None = None,
                    session: bytes | None = None,
                    alpn: list[str] | None = None,
                    **server_hello: Any) -> TLSInfo:
    """Run the handshake on `conn`'s transport; afterwards `conn` reads and writes cleartext.
    Raises the handshake's exception (the connection is then closed; describe it with
    `handshake_error`). The peer chain is *not* judged here: see `TLSInfo.verify_error`.

    `on_secure(info)` runs exactly once, before the first cleartext byte, EOF or close reaches the
    sink: application data can arrive together with the peer's Finished, i.e. before this
    coroutine resumes, and must already be written back through the TLS transport.

    `alpn` (client): this connection's ALPN offer, replacing the context's ([] offers none).
    `server_hello`: `replay`, `sni_context`, `resume_session` of `protocol.start_tls` (a server
    that read the ClientHello first)."""
    loop = asyncio.get_running_loop()
    raw = conn.transport
    assert raw is not None
    if server_hostname is not None and server_hostname == "":
        server_hostname = None
    state: dict[str, Any] = {"info": None}

    def switched(app: asyncio.Transport) -> TLSInfo:
        if state["info"] is None:
            conn.upgrade_hook = None
            conn.switch_transport(app)
            conn.tls = state["info"] = TLSInfo(app.get_extra_info("ssl_object"), server_side)
            if on_secure is not None:
                on_secure(conn.tls)
        return state["info"]

    def early() -> None:
        # called from the TLS layer's first delivery: the handshake is complete
        proto = raw.get_protocol()
        switched(proto._get_app_transport())  # type: ignore[attr-defined]

    conn.upgrade_hook = early
    try:
        # a client judges the server's certificate (on_secure) before its Finished leaves
        new = await protocol.start_tls(loop, raw, conn, ctx, server_side=server_side,
                                       server_hostname=server_hostname,
                                       ssl_handshake_timeout=handshake_timeout,
                                       judge=None if server_side else early, owner=conn,
                                       session=session, alpn=alpn, **server_hello)
    except BaseException:
        conn.upgrade_hook = None
        raise
    assert new is not None
    return switched(new)  # type: ignore[arg-type]


def begin_tls(conn: Connection, ctx: ssl.SSLContext, *, server_side: bool,
              server_hostname: str | None = None,
              handshake_timeout: float = HANDSHAKE_TIMEOUT,
              on_secure: Callable[[TLSInfo], None] | None = None) -> "asyncio.Task[TLSInfo]":
    """Pause reading *now* (so no handshake byte reaches the sink as data) and run start_tls as a
    task. Use this from a synchronous callback such as a server's on_connection."""
    conn.pause()
    return asyncio.get_running_loop().create_task(
        start_tls(conn, ctx, server_side=server_side, server_hostname=server_hostname,
                  handshake_timeout=handshake_timeout, on_secure=on_secure))
