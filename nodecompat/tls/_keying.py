"""Finished messages and keying-material export through ctypes (Node's getFinished(),
getPeerFinished(), exportKeyingMaterial()); Python's ssl exposes neither."""
from __future__ import annotations

import ctypes
import ssl

from . import _openssl
from ._openssl import _libssl

_P = ctypes.c_void_p
for _name in ("SSL_get_finished", "SSL_get_peer_finished"):
    getattr(_libssl, _name).restype = ctypes.c_size_t
    getattr(_libssl, _name).argtypes = [_P, _P, ctypes.c_size_t]
_libssl.SSL_export_keying_material.restype = ctypes.c_int
_libssl.SSL_export_keying_material.argtypes = [_P, _P, ctypes.c_size_t, ctypes.c_char_p, ctypes.c_size_t,
                                               ctypes.c_char_p, ctypes.c_size_t, ctypes.c_int]


def finished(sslobj: ssl.SSLObject, peer: bool) -> bytes | None:
    """The last Finished message sent (or received, `peer`), None before there is one."""
    if not _openssl.AVAILABLE:
        return None
    fn = _libssl.SSL_get_peer_finished if peer else _libssl.SSL_get_finished
    p = _openssl._ssl_ptr(sslobj)
    n = fn(p, None, 0)
    if n == 0:
        return None
    buf = ctypes.create_string_buffer(n)
    fn(p, buf, n)
    return buf.raw[:n]


def export_keying_material(sslobj: ssl.SSLObject, length: int, label: bytes,
                           context: bytes | None) -> bytes | None:
    """RFC 5705 exporter; None when OpenSSL refuses."""
    if not _openssl.AVAILABLE:
        return None
    out = ctypes.create_string_buffer(length)
    ok = _libssl.SSL_export_keying_material(
        _openssl._ssl_ptr(sslobj), out, length, label, len(label),
        context or b"", len(context or b""), 1 if context is not None else 0)
    return out.raw[:length] if ok == 1 else None
