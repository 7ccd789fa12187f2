"""`internalBinding('tls')`: secure contexts and handshakes on net handles, for js/tls.js.

Certificates cross to JS as JSON text (bytes as base64): not a hot path, and one string beats
walking proxied dicts. Handshake outcomes arrive on the socket's `onevent` as EV_SECURE or
EV_TLS_ERROR, like every other socket event.
"""
from __future__ import annotations

import asyncio
import base64
import functools
import json
import weakref
import ssl
from typing import TYPE_CHECKING, Any, Callable

from ..net.binding import (EV_HANDSHAKE_START, EV_KEYLOG, EV_SECURE, EV_SESSION, EV_TLS_ERROR,
                           SocketHandle, nil)
from ..runtime.bindings import binding
from . import _keying, _openssl, _sessions, _tickets, peercert, verify
from .clienthello import ClientHello
from .hello_reader import HelloReader
from .context import SecureContextOptions, SecureOptionError, create_context, root_certificates
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
    # server sockets reading their ClientHello: SocketHandle -> go(context, session)
    pending_hello: "weakref.WeakKeyDictionary[SocketHandle, Callable[..., None]]" = weakref.WeakKeyDictionary()

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

    def create_secure_context(opts: Any, server: bool) -> ContextHandle:
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
            alpn_callback=None if nil(opts["ALPNCallback"]) else alpn_chooser(opts["ALPNCallback"]),
            ticket_keys=None if nil(opts["ticketKeys"]) else bytes(opts["ticketKeys"]),
            secure_options=0 if nil(opts["secureOptions"]) else int(opts["secureOptions"]),
            ecdh_curve=s("ecdhCurve"), honor_cipher_order=bool(opts["honorCipherOrder"]),
            session_timeout=None if nil(opts["sessionTimeout"]) else int(opts["sessionTimeout"]),
            sigalgs=s("sigalgs"), dhparam=None if nil(opts["dhparam"]) else bytes(opts["dhparam"]),
            crl=_pems(opts["crl"]))
        try:
            ctx = create_context(o, server=bool(server))
        except SecureOptionError as e:   # JS turns the prefix into Node's error
            raise ValueError(f"nodecompat-secure-option:{e}") from None
        der = None
        if certs:
            try:
                der = peercert.own_certificate_der(certs[0])
            except ValueError:
                der = None
        return ContextHandle(ctx, der, bool(server))

    def start(h: SocketHandle, ch: ContextHandle, server_side: bool, servername: Any,
              timeout_ms: Any, session: Any = None, alpn: Any = None, onhello: Any = None,
              onsession: Any = None) -> None:
        """alpn: a client's own protocol list ([] offers none), or null to keep the context's.
        Server only: `onhello(servername|null, sessionId b64, hasTicket)` reads the ClientHello
        first and waits for `helloDone(h, context|null, session|null)` (async SNICallback,
        'resumeSession'); `onsession(sessionId b64, session b64, done)` is 'newSession': the
        handshake's output waits for `done()`."""
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

        # newSession: TLS 1.2 reports it before 'secure' (which waits), TLS 1.3 (tickets after the
        # handshake) after it, as Node does
        queued: list[tuple[bytes, bytes, Any]] | None = [] if server_side and not nil(onsession) else None
        # the JS callbacks, dropped on close (a Python -> JS edge would keep the socket forever)
        js: dict[str, Any] = {}
        if server_side and (not nil(onhello) or not nil(onsession)):
            js.update(hello=None if nil(onhello) else onhello,
                      session=None if nil(onsession) else onsession)
            sink0 = h.sink
            if sink0 is not None:
                prev = sink0.after_close

                def forget() -> None:
                    js.clear()
                    pending_hello.pop(h, None)
                    if prev is not None:
                        prev()
                sink0.after_close = forget

        def deliver(sid: bytes, der: bytes, proto: Any) -> None:
            called = False

            def done() -> None:
                nonlocal called
                if not called:
                    called = True
                    loop.call_soon(proto.release_session)
            fn = js.get("session")
            if fn is None:
                done()
                return
            host.call(fn, _b64(sid), _b64(der), done)

        def on_server_session(sid: bytes, der: bytes, proto: Any, tls13: bool) -> None:
            proto.hold_for_session()
            if queued is not None and tls13 and conn.tls is None:
                queued.append((sid, der, proto))
            else:
                deliver(sid, der, proto)
        if queued is not None:
            conn.on_server_session = on_server_session

        def on_secure(_info: Any) -> None:
            sink = h.sink
            if sink is not None and sink.fn is not None:
                host.call(sink.fn, EV_SECURE)
            while queued:          # TLS 1.3 'newSession' follows 'secure'
                deliver(*queued.pop(0))
            if _info.protocol in ("TLSv1.2", "TLSv1.1", "TLSv1"):   # 1.3 has no renegotiation
                _openssl.watch_handshakes(
                    _info.sslobj, lambda: loop.call_soon(on_rehandshake),
                    (lambda: loop.call_soon(on_handshake_start)) if server_side else None)

        def on_handshake_start() -> None:
            # a renegotiation begins on a server: JS counts them (Node's onhandshakestart)
            sink = h.sink
            if sink is not None and sink.fn is not None:
                host.call(sink.fn, EV_HANDSHAKE_START)

        def on_rehandshake() -> None:
            # a TLS 1.2 renegotiation finished: Node's 'secure' again, with a fresh verdict
            t, sink = conn.tls, h.sink
            if t is not None and sink is not None and sink.fn is not None:
                t.verify_error = verify.verify_error(t.sslobj, bool(server_side))
                host.call(sink.fn, EV_SECURE)

        timeout_s = 120.0 if nil(timeout_ms) else float(timeout_ms) / 1000.0

        def failed(exc: BaseException) -> None:
            sink = h.sink
            if sink is not None and sink.fn is not None:
                err = conn.tls_error     # a JS error raised by a callback (ALPNCallback)
                host.call(sink.fn, EV_TLS_ERROR,
                          handshake_error(exc, bool(server_side)) if err is None else err)
            # asyncio closed the raw transport behind our back: report the close ourselves
            conn.connection_lost(None)

        async def run(**server_hello: Any) -> None:
            try:
                await start_tls(conn, ch.ctx, server_side=bool(server_side), server_hostname=name,
                                handshake_timeout=timeout_s,
                                on_secure=on_secure, session=saved, alpn=protos, **server_hello)
            except (OSError, ssl.SSLError, asyncio.TimeoutError, EOFError, ConnectionError,
                    asyncio.CancelledError) as exc:
                failed(exc)
        if not server_side or nil(onhello):
            conn.pause()     # no handshake bytes may reach JS as data before start_tls takes over
            h.task = loop.create_task(run())
            return

        def go(reader: HelloReader, ctx: ContextHandle | None, resume: bytes | None) -> None:
            t = conn.transport
            if reader.finished or t is None or t.is_closing():
                return           # closed meanwhile: the reader reports it (on_lost)
            timer.cancel()
            h.task = loop.create_task(run(replay=reader.take(), resume_session=resume,
                                          sni_context=None if ctx is None else ctx.ctx))

        def on_hello(hello: ClientHello | None) -> None:
            if hello is None:     # not a ClientHello we read: OpenSSL judges the bytes
                go(reader, None, None)
                return
            fn = js.get("hello")
            if fn is not None:
                host.call(fn, hello.servername, _b64(hello.session_id), hello.has_ticket)

        def on_lost(exc: BaseException) -> None:
            timer.cancel()
            pending_hello.pop(h, None)
            if isinstance(exc, ConnectionResetError) and not exc.errno:
                exc = EOFError()
            failed(exc)

        def on_timeout() -> None:
            if not reader.finished:
                reader.finished = True
                pending_hello.pop(h, None)
                conn.destroy()       # before failed(): that marks the connection closed
                failed(asyncio.TimeoutError())
        reader = HelloReader(conn, on_hello, on_lost)
        timer = loop.call_later(timeout_s, on_timeout)
        pending_hello[h] = functools.partial(go, reader)
        reader.install()

    def hello_done(h: SocketHandle, ch: Any, session: Any) -> None:
        """JS answered the ClientHello: start the handshake with `ch` (SNI's context, or the
        default when null) and the session 'resumeSession' gave (DER), replaying what was read."""
        go = pending_hello.pop(h, None)
        if go is None:
            return
        der = None if nil(session) or session is False else bytes(session)
        loop.call_soon(go, ch if isinstance(ch, ContextHandle) else None, der)

    def get_ticket_keys(ch: ContextHandle) -> str:
        return base64.b64encode(_tickets.get_keys(ch.ctx)).decode()

    def set_ticket_keys(ch: ContextHandle, keys: Any) -> None:
        _tickets.set_keys(ch.ctx, bytes(keys))

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

    # ---- TLSSocket methods on the live connection (null before the handshake) ----
    def ephemeral_key_info(h: SocketHandle) -> Any:
        t = h.conn.tls
        return None if t is None else json.dumps(_openssl.ephemeral_key_info(t.sslobj))

    def set_max_send_fragment(h: SocketHandle, size: Any) -> bool:
        t = h.conn.tls
        return t is not None and _openssl.set_max_send_fragment(t.sslobj, int(size))

    def peer_cert_chain(h: SocketHandle) -> str:
        """The peer's certificates as base64 DER, leaf first (getPeerX509Certificate)."""
        t = h.conn.tls
        return json.dumps([] if t is None else [_b64(d) for d in peercert.chain_ders(t.sslobj)])

    def own_certificate_der(h: Any, ch: ContextHandle) -> Any:
        """What the connection presents (setKeyCert may have changed it), else the context's."""
        t = None if nil(h) else h.conn.tls
        der = _openssl.own_certificate_der(t.sslobj) if t is not None else None
        return _b64(der if der is not None else ch.cert_der)

    def renegotiate(h: SocketHandle) -> Any:
        """None once started, else Node's error description (JSON)."""
        t = h.conn.tls
        if t is None:
            return None
        err = _openssl.renegotiate(t.sslobj)
        if err is not None:
            return json.dumps(err)
        proto = by_ssl.get(_openssl._ssl_ptr(t.sslobj))
        if proto is not None:
            proto._process_outgoing()      # the HelloRequest / ClientHello leaves now
        return None

    def set_verify_mode(h: SocketHandle, request_cert: Any, reject: Any) -> None:
        t = h.conn.tls
        if t is not None:
            _openssl.set_verify_mode(t.sslobj, t.server_side, request_cert is True, reject is True)

    def set_key_cert(h: SocketHandle, ch: ContextHandle) -> bool:
        t = h.conn.tls
        return t is not None and _openssl.use_key_cert(t.sslobj, ch.ctx)

    return {"createSecureContext": create_secure_context, "start": start, "info": info,
            "cipher": cipher, "peerCertificate": peer_certificate, "ownCertificate": own_certificate,
            "rootCertificates": roots, "enableKeylog": enable_keylog, "getSession": get_session,
            "getTLSTicket": get_ticket, "getFinished": get_finished,
            "exportKeyingMaterial": export_keying_material, "helloDone": hello_done,
            "getTicketKeys": get_ticket_keys, "setTicketKeys": set_ticket_keys, "ephemeralKeyInfo": ephemeral_key_info,
            "setMaxSendFragment": set_max_send_fragment, "peerCertChain": peer_cert_chain,
            "ownCertificateDER": own_certificate_der, "renegotiate": renegotiate,
            "setVerifyMode": set_verify_mode, "setKeyCert": set_key_cert}
