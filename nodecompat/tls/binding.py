"""`internalBinding('tls')`: secure contexts and handshakes on net handles, for js/tls.js.

Certificates cross to JS as JSON text (bytes as base64): not a hot path, and one string beats
walking proxied dicts. Handshake outcomes arrive on the socket's `onevent` as EV_SECURE or
EV_TLS_ERROR, like every other socket event.
"""
from __future__ import annotations

import asyncio
import base64
import json
import ssl
from typing import TYPE_CHECKING, Any, Callable

from ..net.binding import EV_KEYLOG, EV_SECURE, EV_SESSION, EV_TLS_ERROR, SocketHandle, nil
from ..runtime.bindings import binding
from . import _keying, _sessions, peercert
from .context import SecureContextOptions, create_context, install_sni, root_certificates
from .protocol import by_ssl
from .session import handshake_error, start_tls

if TYPE_CHECKING:
    from ..runtime.host import Host


class ContextHandle:
    """A JS SecureContext's `.context`: the ssl.SSLContext plus what getCertificate() needs."""

    __slots__ = ("ctx", "cert_der", "server")

    def __init__(self, ctx: ssl.SSLContext, cert_der: bytes | None, server: bool) -> None:
        self.ctx, self.cert_der, self.server = ctx, cert_der, server


def _pems(v: Any) -> list[bytes] | None:
    """JS passes null or an array of Uint8Array (copied at once: the views do not own memory)."""
    if nil(v) or v is False:
        return None
    return [bytes(x) for x in v]


def _jsonable(cert: dict[str, Any], seen: dict[int, int], out: list[dict[str, Any]]) -> int:
    """Flatten a (possibly self-referencing) cert chain into a list; issuer links as indexes."""
    if id(cert) in seen:
        return seen[id(cert)]
    idx = len(out)
    seen[id(cert)] = idx
    item: dict[str, Any] = {}
    out.append(item)
    for k, v in cert.items():
        if k == "issuerCertificate":
            item[k] = _jsonable(v, seen, out)
        elif isinstance(v, bytes):
            item[k] = {"$b64": base64.b64encode(v).decode()}
        else:
            item[k] = v
    return idx


def _b64(b: bytes | None) -> str | None:
    return None if b is None else base64.b64encode(b).decode()


def cert_json(cert: dict[str, Any]) -> str:
    out: list[dict[str, Any]] = []
    if cert:
        _jsonable(cert, {}, out)
    return json.dumps(out)


@binding("tls")
def make_tls_binding(host: "Host") -> dict[str, Callable[..., Any]]:
    loop = host.loop
    assert loop is not None

    def alpn_chooser(fn: Any) -> Callable[[int, str | None, list[str]], int | None]:
        """JS `fn(servername, protocols)` answers an index, -1 (reject) or an Error, which
        fails that socket's handshake with it (Node: socket.destroy(err))."""
        def choose(ssl_p: int, servername: str | None, protocols: list[str]) -> int | None:
            got = host.call(fn, servername, protocols)
            if isinstance(got, (int, float)):
                return int(got) if got >= 0 else None
            proto = by_ssl.get(ssl_p)
            if proto is not None and proto.owner is not None:
                proto.owner.tls_error = got
            return None
        return choose

    def create_secure_context(opts: Any, server: bool, sni_fn: Any) -> ContextHandle:
        """opts: {key, cert, ca: [Uint8Array]|null, pfx: Uint8Array|null, passphrase, ciphers,
        minVersion, maxVersion, ALPN: [str]|null, requestCert: bool}."""
        def s(name: str) -> str | None:
            v = opts[name]
            return None if nil(v) or v is False else str(v)
        certs = _pems(opts["cert"])
        o = SecureContextOptions(
            key=_pems(opts["key"]), cert=certs, ca=_pems(opts["ca"]),
            pfx=None if nil(opts["pfx"]) else bytes(opts["pfx"]),
            passphrase=s("passphrase"), ciphers=s("ciphers"), min_version=s("minVersion"),
            max_version=s("maxVersion"),
            alpn_protocols=[] if nil(opts["ALPN"]) else [str(p) for p in opts["ALPN"]],
            request_cert=bool(opts["requestCert"]),
            alpn_callback=None if nil(opts["ALPNCallback"]) else alpn_chooser(opts["ALPNCallback"]))
        ctx = create_context(o, server=bool(server))
        if server and not nil(sni_fn):
            def pick(name: str) -> ssl.SSLContext | None:
                got = host.call(sni_fn, name)
                return got.ctx if isinstance(got, ContextHandle) else None
            install_sni(ctx, pick)
        der = None
        if certs:
            try:
                der = peercert.own_certificate_der(certs[0])
            except ValueError:
                der = None
        return ContextHandle(ctx, der, bool(server))

    def start(h: SocketHandle, ch: ContextHandle, server_side: bool, servername: Any,
              timeout_ms: Any, session: Any = None, alpn: Any = None) -> None:
        """alpn: a client's own protocol list ([] offers none), or null to keep the context's."""
        conn = h.conn
        name = None if nil(servername) or servername is False else str(servername)
        saved = None if nil(session) or session is False else bytes(session)
        protos = None if nil(alpn) or alpn is False else [str(p) for p in alpn]

        def on_session(der: bytes) -> None:
            sink = h.sink
            if sink is not None and sink.fn is not None:
                host.call(sink.fn, EV_SESSION, payload=der)
        if not server_side:
            conn.on_tls_session = on_session

        def on_secure(_info: Any) -> None:
            sink = h.sink
            if sink is not None and sink.fn is not None:
                host.call(sink.fn, EV_SECURE)

        async def run() -> None:
            try:
                await start_tls(conn, ch.ctx, server_side=bool(server_side), server_hostname=name,
                                handshake_timeout=120.0 if nil(timeout_ms) else float(timeout_ms) / 1000.0,
                                on_secure=on_secure, session=saved, alpn=protos)
            except (OSError, ssl.SSLError, asyncio.TimeoutError, EOFError, ConnectionError,
                    asyncio.CancelledError) as exc:
                sink = h.sink
                if sink is not None and sink.fn is not None:
                    err = conn.tls_error     # a JS error raised by a callback (ALPNCallback)
                    host.call(sink.fn, EV_TLS_ERROR,
                              handshake_error(exc, bool(server_side)) if err is None else err)
                # asyncio closed the raw transport behind our back: report the close ourselves
                conn.connection_lost(None)
        conn.pause()     # no handshake bytes may reach JS as data before start_tls takes over
        h.task = loop.create_task(run())

    def enable_keylog(h: SocketHandle) -> None:
        def on_keylog(line: bytes) -> None:
            sink = h.sink
            if sink is not None and sink.fn is not None:
                host.call(sink.fn, EV_KEYLOG, payload=line)
        h.conn.on_keylog = on_keylog

    # bytes cross as base64 text (Python bytes reach JS as an unusable proxy): not a hot path
    def get_session(h: SocketHandle) -> Any:
        t = h.conn.tls
        return None if t is None else _b64(_sessions.get_session(t.sslobj))

    def get_ticket(h: SocketHandle) -> Any:
        t = h.conn.tls
        return None if t is None else _b64(_sessions.get_ticket(t.sslobj))

    def get_finished(h: SocketHandle, peer: bool) -> Any:
        t = h.conn.tls
        return None if t is None else _b64(_keying.finished(t.sslobj, bool(peer)))

    def export_keying_material(h: SocketHandle, length: Any, label: Any, context: Any) -> Any:
        t = h.conn.tls
        if t is None:
            return None
        ctx = None if nil(context) else bytes(context)
        return _b64(_keying.export_keying_material(t.sslobj, int(length), str(label).encode(), ctx))

    def info(h: SocketHandle) -> Any:
        t = h.conn.tls
        if t is None:
            return None
        return {"alpn": t.alpn_protocol, "servername": t.servername, "protocol": t.protocol,
                "verifyError": t.verify_error, "reused": t.session_reused}

    def cipher(h: SocketHandle) -> Any:
        t = h.conn.tls
        return t.cipher() if t is not None else None

    def peer_certificate(h: SocketHandle, detailed: bool) -> str:
        t = h.conn.tls
        return cert_json(t.peer_certificate(bool(detailed)) if t is not None else {})

    def own_certificate(ch: ContextHandle) -> str:
        return cert_json(peercert.from_der(ch.cert_der) if ch.cert_der else {})

    def roots() -> str:
        return json.dumps(root_certificates())

    return {"createSecureContext": create_secure_context, "start": start, "info": info,
            "cipher": cipher, "peerCertificate": peer_certificate, "ownCertificate": own_certificate,
            "rootCertificates": roots, "enableKeylog": enable_keylog, "getSession": get_session,
            "getTLSTicket": get_ticket, "getFinished": get_finished,
            "exportKeyingMaterial": export_keying_material}
