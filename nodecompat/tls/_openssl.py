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
