"""The two OpenSSL calls Python's ssl module does not expose, through ctypes.

Node completes every handshake and *then* judges the peer's chain (SSL_get_verify_result), so that
`rejectUnauthorized: false` still reports `authorizationError`, and a server with `requestCert`
accepts any client certificate and lets JS decide. Python's ssl either aborts the handshake on a bad
chain or hides the result. We read the SSL* / SSL_CTX* pointers from CPython's _ssl objects (layout
of CPython 3.10-3.12: PyObject_HEAD, then `Socket` weakref and `SSL *ssl` / `SSL_CTX *ctx`) and
check them against each other at import time.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import ssl
import sys
import weakref
from typing import Any

_HEAD = 2 * ctypes.sizeof(ctypes.c_void_p)     # ob_refcnt + ob_type

_libssl = ctypes.CDLL(ctypes.util.find_library("ssl") or "libssl.so.3")
_libcrypto = ctypes.CDLL(ctypes.util.find_library("crypto") or "libcrypto.so.3")

_libssl.SSL_get_verify_result.restype = ctypes.c_long
_libssl.SSL_get_verify_result.argtypes = [ctypes.c_void_p]
_libssl.SSL_get_SSL_CTX.restype = ctypes.c_void_p
_libssl.SSL_get_SSL_CTX.argtypes = [ctypes.c_void_p]
_libssl.SSL_CTX_get_verify_mode.restype = ctypes.c_int
_libssl.SSL_CTX_get_verify_mode.argtypes = [ctypes.c_void_p]
_VERIFY_CB = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_int, ctypes.c_void_p)
_libssl.SSL_CTX_set_verify.restype = None
_libssl.SSL_CTX_set_verify.argtypes = [ctypes.c_void_p, ctypes.c_int, _VERIFY_CB]
_libcrypto.X509_verify_cert_error_string.restype = ctypes.c_char_p
_libcrypto.X509_verify_cert_error_string.argtypes = [ctypes.c_long]

SSL_VERIFY_PEER = 0x01


@_VERIFY_CB
def _accept_any(preverify_ok: int, store: int) -> int:   # pinned for the life of the process
    return 1


def _ctx_ptr(ctx: ssl.SSLContext) -> int:
    return ctypes.c_void_p.from_address(id(ctx) + _HEAD).value or 0


def _ssl_ptr(sslobj: ssl.SSLObject | ssl.SSLSocket) -> int:
    inner = sslobj._sslobj  # type: ignore[union-attr]
    return ctypes.c_void_p.from_address(id(inner) + _HEAD + ctypes.sizeof(ctypes.c_void_p)).value or 0


def _selfcheck() -> bool:
    if sys.implementation.name != "cpython" or not (3, 10) <= sys.version_info[:2] <= (3, 12):
        return False
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    obj = ctx.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO())
    return _libssl.SSL_get_SSL_CTX(_ssl_ptr(obj)) == _ctx_ptr(ctx) != 0 and \
        _libssl.SSL_CTX_get_verify_mode(_ctx_ptr(ctx)) == 0


AVAILABLE = _selfcheck()


def verify_result(sslobj: ssl.SSLObject) -> int:
    """OpenSSL's X509_V_* result of the peer-chain check made during the handshake."""
    if not AVAILABLE:
        raise RuntimeError("nodecompat.tls: cannot reach OpenSSL's verify result on this Python")
    return int(_libssl.SSL_get_verify_result(_ssl_ptr(sslobj)))


def request_any_peer_cert(ctx: ssl.SSLContext) -> None:
    """Ask the peer for a certificate (SSL_VERIFY_PEER) but never fail the handshake on it."""
    if not AVAILABLE:
        ctx.verify_mode = ssl.CERT_OPTIONAL
        return
    ctx.verify_mode = ssl.CERT_OPTIONAL     # keeps Python's own bookkeeping consistent
    _libssl.SSL_CTX_set_verify(_ctx_ptr(ctx), SSL_VERIFY_PEER, _accept_any)


def verify_error_string(code: int) -> str:
    s = _libcrypto.X509_verify_cert_error_string(code)
    return s.decode() if s else f"certificate verify error {code}"


# ---- ALPN selection (Python's own callback answers NOACK on a mismatch; Node sends the fatal
# no_application_protocol alert, and has ALPNCallback) ------------------------------------------
SSL_TLSEXT_ERR_OK = 0
SSL_TLSEXT_ERR_ALERT_FATAL = 2
_ALPN_CB = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.POINTER(ctypes.c_void_p),
                            ctypes.POINTER(ctypes.c_ubyte), ctypes.c_void_p, ctypes.c_uint,
                            ctypes.c_void_p)
_libssl.SSL_CTX_set_alpn_select_cb.restype = None
_libssl.SSL_CTX_set_alpn_select_cb.argtypes = [ctypes.c_void_p, _ALPN_CB, ctypes.c_void_p]
_libssl.SSL_get_servername.restype = ctypes.c_char_p
_libssl.SSL_get_servername.argtypes = [ctypes.c_void_p, ctypes.c_int]

# ctx pointer -> chooser(ssl_ptr, servername|None, [protocols]) -> index | None (reject)
_alpn_choosers: dict[int, Any] = {}


@_ALPN_CB
def _alpn_select(ssl_p: int, out: Any, outlen: Any, inp: int, inlen: int, arg: int) -> int:
    chooser = _alpn_choosers.get(arg or 0)
    if chooser is None:
        return SSL_TLSEXT_ERR_ALERT_FATAL
    wire = ctypes.string_at(inp, inlen)
    protos, offsets, i = [], [], 0
    while i < len(wire):
        n = wire[i]
        offsets.append(i)
        protos.append(wire[i + 1:i + 1 + n].decode("latin-1"))
        i += n + 1
    name = _libssl.SSL_get_servername(ssl_p, 0)
    try:
        idx = chooser(ssl_p, name.decode() if name else None, protos)
    except Exception:       # never let an exception unwind through OpenSSL
        idx = None
    if idx is None or not 0 <= idx < len(protos):
        return SSL_TLSEXT_ERR_ALERT_FATAL
    out[0] = inp + offsets[idx] + 1
    outlen[0] = len(protos[idx].encode("latin-1"))
    return SSL_TLSEXT_ERR_OK


def set_alpn_chooser(ctx: ssl.SSLContext, chooser: Any) -> bool:
    """Select ALPN with `chooser` on a server context; a None answer sends Node's fatal
    no_application_protocol alert. Lives as long as the context."""
    if not AVAILABLE:
        return False
    ptr = _ctx_ptr(ctx)
    _alpn_choosers[ptr] = chooser
    weakref.finalize(ctx, _alpn_choosers.pop, ptr, None)
    _libssl.SSL_CTX_set_alpn_select_cb(ptr, _alpn_select, ptr)
    return True


def server_preference(server: list[str]) -> Any:
    """Node's (OpenSSL's SSL_select_next_proto) choice: the first server protocol the client offers."""
    def choose(_ssl: int, _name: str | None, client: list[str]) -> int | None:
        for p in server:
            if p in client:
                return client.index(p)
        return None
    return choose


_libssl.SSL_set_alpn_protos.restype = ctypes.c_int
_libssl.SSL_set_alpn_protos.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_uint]


def set_client_alpn(sslobj: ssl.SSLObject, protocols: list[str]) -> bool:
    """Offer `protocols` on this connection only (Node's per-socket ALPNProtocols), replacing
    whatever its context offers; [] offers none."""
    if not AVAILABLE:
        return False
    wire = b"".join(bytes([len(b)]) + b for b in (p.encode("latin-1") for p in protocols))
    # SSL_set_alpn_protos answers 0 on success; NULL clears the list
    return _libssl.SSL_set_alpn_protos(_ssl_ptr(sslobj), wire or None, len(wire)) == 0
