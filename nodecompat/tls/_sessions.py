"""TLS sessions and key logging through ctypes (Python's ssl cannot serialize an SSLSession, and
has only a per-context keylog *file*): what Node's getSession()/'session'/{session}/getTLSTicket()
and 'keylog' need. Every function is a no-op (None/False) when `_openssl.AVAILABLE` is false.

Callbacks are per SSL_CTX in OpenSSL; they find the connection through `protocol.by_ssl`
(SSL* → NodeSSLProtocol → owner) and call `owner.on_tls_session(der)` / `owner.on_keylog(line)`
when the owner has them.
"""
from __future__ import annotations

import ctypes
import ssl
from typing import Any

from . import _openssl
from ._openssl import _ctx_ptr, _libssl

_P = ctypes.c_void_p
_libssl.SSL_get_session.restype = _P
_libssl.SSL_get_session.argtypes = [_P]
_libssl.i2d_SSL_SESSION.restype = ctypes.c_int
_libssl.i2d_SSL_SESSION.argtypes = [_P, ctypes.POINTER(ctypes.c_char_p)]
_libssl.d2i_SSL_SESSION.restype = _P
_libssl.d2i_SSL_SESSION.argtypes = [_P, ctypes.POINTER(ctypes.c_char_p), ctypes.c_long]
_libssl.SSL_set_session.restype = ctypes.c_int
_libssl.SSL_set_session.argtypes = [_P, _P]
_libssl.SSL_SESSION_free.restype = None
_libssl.SSL_SESSION_free.argtypes = [_P]
_libssl.SSL_SESSION_get0_ticket.restype = None
_libssl.SSL_SESSION_get0_ticket.argtypes = [_P, ctypes.POINTER(_P), ctypes.POINTER(ctypes.c_size_t)]
_libssl.SSL_SESSION_has_ticket.restype = ctypes.c_int
_libssl.SSL_SESSION_has_ticket.argtypes = [_P]
_libssl.SSL_CTX_ctrl.restype = ctypes.c_long
_libssl.SSL_CTX_ctrl.argtypes = [_P, ctypes.c_int, ctypes.c_long, _P]
_NEW_SESSION_CB = ctypes.CFUNCTYPE(ctypes.c_int, _P, _P)
_libssl.SSL_CTX_sess_set_new_cb.restype = None
_libssl.SSL_CTX_sess_set_new_cb.argtypes = [_P, _NEW_SESSION_CB]
_GET_SESSION_CB = ctypes.CFUNCTYPE(_P, _P, _P, ctypes.c_int, ctypes.POINTER(ctypes.c_int))
_libssl.SSL_CTX_sess_set_get_cb.restype = None
_libssl.SSL_CTX_sess_set_get_cb.argtypes = [_P, _GET_SESSION_CB]
_libssl.SSL_SESSION_get_id.restype = _P
_libssl.SSL_SESSION_get_id.argtypes = [_P, ctypes.POINTER(ctypes.c_uint)]
_libssl.SSL_version.restype = ctypes.c_int
_libssl.SSL_version.argtypes = [_P]
TLS1_3_VERSION = 0x0304
_KEYLOG_CB = ctypes.CFUNCTYPE(None, _P, ctypes.c_char_p)
_libssl.SSL_CTX_set_keylog_callback.restype = None
_libssl.SSL_CTX_set_keylog_callback.argtypes = [_P, _KEYLOG_CB]

SSL_CTRL_SET_SESS_CACHE_MODE = 44
SSL_SESS_CACHE_CLIENT = 0x0001
MAX_SESSION_SIZE = 10 * 1024        # Node's SecureContext::kMaxSessionSize: larger ones are not reported
SSL_SESS_CACHE_SERVER = 0x0002
SSL_SESS_CACHE_NO_AUTO_CLEAR = 0x0080
SSL_SESS_CACHE_NO_INTERNAL_STORE = 0x0300    # NO_INTERNAL_LOOKUP | NO_INTERNAL_STORE


def _der(sess: int) -> bytes | None:
    n = _libssl.i2d_SSL_SESSION(sess, None)
    if n <= 0:
        return None
    buf = ctypes.create_string_buffer(n)
    p = ctypes.c_char_p(ctypes.addressof(buf))
    _libssl.i2d_SSL_SESSION(sess, ctypes.byref(p))
    return buf.raw[:n]


def _owner(ssl_p: int) -> Any:
    from .protocol import by_ssl      # protocol imports us indirectly: late import
    proto = by_ssl.get(ssl_p or 0)
    return None if proto is None else proto.owner


def _session_id(sess: int) -> bytes:
    n = ctypes.c_uint()
    p = _libssl.SSL_SESSION_get_id(sess, ctypes.byref(n))
    return ctypes.string_at(p, n.value) if p and n.value else b""


@_NEW_SESSION_CB
def _on_new_session(ssl_p: int, sess: int) -> int:
    try:
        owner = _owner(ssl_p)
        cb = getattr(owner, "on_tls_session", None)           # a client's 'session'
        scb = getattr(owner, "on_server_session", None)       # a server's 'newSession'
        if cb is not None or scb is not None:
            der = _der(sess)
            if der is not None and cb is not None:
                cb(der)
            elif der is not None and len(der) <= MAX_SESSION_SIZE:
                from .protocol import by_ssl
                proto = by_ssl.get(ssl_p)
                if proto is not None:
                    scb(_session_id(sess), der, proto, _libssl.SSL_version(ssl_p) >= TLS1_3_VERSION)
    except Exception:        # never unwind through OpenSSL
        pass
    return 0                 # we keep no reference to the session


@_GET_SESSION_CB
def _on_get_session(ssl_p: int, _key: int, _len: int, copy: Any) -> int | None:
    """A server's lookup by session id: the session `resumeSession` answered, if any (Node's
    GetSessionCallback); OpenSSL takes our reference (*copy = 0)."""
    try:
        copy[0] = 0
        from .protocol import by_ssl
        proto = by_ssl.get(ssl_p or 0)
        der = getattr(proto, "resume_session", None)
        if not der:
            return None
        proto.resume_session = None      # type: ignore[union-attr]
        buf = ctypes.create_string_buffer(der, len(der))
        p = ctypes.c_char_p(ctypes.addressof(buf))
        return _libssl.d2i_SSL_SESSION(None, ctypes.byref(p), len(der)) or None
    except Exception:
        return None


@_KEYLOG_CB
def _on_keylog(ssl_p: int, line: bytes) -> None:
    try:
        owner = _owner(ssl_p)
        cb = getattr(owner, "on_keylog", None)
        if cb is not None and line:
            cb(line + b"\n")          # Node's 'keylog' lines end with a newline
    except Exception:
        pass


def install(ctx: ssl.SSLContext, *, server: bool) -> None:
    """Report new sessions (clients: 'session'; servers: 'newSession') and key log lines (both)
    for connections on `ctx`. A server has Node's external cache only: no internal store, so a
    session id resumes only through 'resumeSession' (tickets need no cache)."""
    if not _openssl.AVAILABLE:
        return
    p = _ctx_ptr(ctx)
    if not server:
        _libssl.SSL_CTX_ctrl(p, SSL_CTRL_SET_SESS_CACHE_MODE,
                             SSL_SESS_CACHE_CLIENT | SSL_SESS_CACHE_NO_INTERNAL_STORE, None)
    else:
        _libssl.SSL_CTX_ctrl(p, SSL_CTRL_SET_SESS_CACHE_MODE, SSL_SESS_CACHE_SERVER |
                             SSL_SESS_CACHE_NO_INTERNAL_STORE | SSL_SESS_CACHE_NO_AUTO_CLEAR, None)
        _libssl.SSL_CTX_sess_set_get_cb(p, _on_get_session)
    _libssl.SSL_CTX_sess_set_new_cb(p, _on_new_session)
    _libssl.SSL_CTX_set_keylog_callback(p, _on_keylog)


def get_session(sslobj: ssl.SSLObject) -> bytes | None:
    """The current session, DER (Node's getSession()), or None."""
    if not _openssl.AVAILABLE:
        return None
    sess = _libssl.SSL_get_session(_openssl._ssl_ptr(sslobj))
    return _der(sess) if sess else None


def get_ticket(sslobj: ssl.SSLObject) -> bytes | None:
    """The session ticket the server gave us (Node's getTLSTicket()), or None."""
    if not _openssl.AVAILABLE:
        return None
    sess = _libssl.SSL_get_session(_openssl._ssl_ptr(sslobj))
    if not sess or not _libssl.SSL_SESSION_has_ticket(sess):
        return None
    tick, n = _P(), ctypes.c_size_t()
    _libssl.SSL_SESSION_get0_ticket(sess, ctypes.byref(tick), ctypes.byref(n))
    return ctypes.string_at(tick.value, n.value) if tick.value else None


def set_session(sslobj: ssl.SSLObject, der: bytes) -> bool:
    """Offer a saved session (tls.connect({session})) before the handshake."""
    if not _openssl.AVAILABLE or not der:
        return False
    buf = ctypes.create_string_buffer(der, len(der))
    p = ctypes.c_char_p(ctypes.addressof(buf))
    sess = _libssl.d2i_SSL_SESSION(None, ctypes.byref(p), len(der))
    if not sess:
        return False
    try:
        return _libssl.SSL_set_session(_openssl._ssl_ptr(sslobj), sess) == 1
    finally:
        _libssl.SSL_SESSION_free(sess)     # SSL_set_session took its own reference
