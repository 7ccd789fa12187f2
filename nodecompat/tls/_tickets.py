"""Session ticket keys as Node has them (`setTicketKeys`/`getTicketKeys`/`ticketKeys`).

Node keeps 48 bytes per SecureContext (16 key name, 16 HMAC-SHA256 key, 16 AES-128-CBC key, random
at creation) and installs a ticket key callback that uses them (`TicketCompatibilityCallback`), so
tickets issued by one server are accepted by another that has the same keys. OpenSSL's own keys are
random per SSL_CTX and unreachable from Python; we install the same callback through ctypes.
As Node, the keys are looked up on the SSL's *current* context (after an SNI switch: that one's).
"""
from __future__ import annotations

import ctypes
import os
import ssl
import weakref

from . import _openssl
from ._openssl import _ctx_ptr, _libcrypto, _libssl

_P = ctypes.c_void_p
SSL_CTRL_SET_TLSEXT_TICKET_KEY_CB = 72
_TICKET_CB = ctypes.CFUNCTYPE(ctypes.c_int, _P, _P, _P, _P, _P, ctypes.c_int)
_libssl.SSL_CTX_callback_ctrl.restype = ctypes.c_long
_libssl.SSL_CTX_callback_ctrl.argtypes = [_P, ctypes.c_int, _TICKET_CB]
_libcrypto.EVP_aes_128_cbc.restype = _P
_libcrypto.EVP_aes_128_cbc.argtypes = []
_libcrypto.EVP_sha256.restype = _P
_libcrypto.EVP_sha256.argtypes = []
_libcrypto.EVP_EncryptInit_ex.restype = ctypes.c_int
_libcrypto.EVP_EncryptInit_ex.argtypes = [_P, _P, _P, ctypes.c_char_p, _P]
_libcrypto.EVP_DecryptInit_ex.restype = ctypes.c_int
_libcrypto.EVP_DecryptInit_ex.argtypes = [_P, _P, _P, ctypes.c_char_p, _P]
_libcrypto.HMAC_Init_ex.restype = ctypes.c_int
_libcrypto.HMAC_Init_ex.argtypes = [_P, ctypes.c_char_p, ctypes.c_int, _P, _P]

KEY_LENGTH = 48
_keys: dict[int, bytes] = {}          # SSL_CTX* -> name(16) + hmac(16) + aes(16)


@_TICKET_CB
def _ticket_cb(ssl_p: int, name: int, iv: int, ectx: int, hctx: int, enc: int) -> int:
    try:
        keys = _keys.get(_libssl.SSL_get_SSL_CTX(ssl_p) or 0)
        if keys is None:
            return -1
        kname, hkey, akey = keys[:16], keys[16:32], keys[32:]
        if enc:
            ctypes.memmove(name, kname, 16)
            ctypes.memmove(iv, os.urandom(16), 16)
            ok = _libcrypto.EVP_EncryptInit_ex(ectx, _libcrypto.EVP_aes_128_cbc(), None, akey, iv) > 0
        else:
            if ctypes.string_at(name, 16) != kname:
                return 0             # not one of ours: a full handshake, as Node
            ok = _libcrypto.EVP_DecryptInit_ex(ectx, _libcrypto.EVP_aes_128_cbc(), None, akey, iv) > 0
        ok = ok and _libcrypto.HMAC_Init_ex(hctx, hkey, 16, _libcrypto.EVP_sha256(), None) > 0
        return 1 if ok else -1
    except Exception:        # never unwind through OpenSSL
        return -1


def install(ctx: ssl.SSLContext, keys: bytes | None = None) -> bool:
    """Give a server context Node's ticket keys (random unless given)."""
    if not _openssl.AVAILABLE:
        return False
    p = _ctx_ptr(ctx)
    _keys[p] = bytes(keys) if keys is not None else os.urandom(KEY_LENGTH)
    weakref.finalize(ctx, _keys.pop, p, None)
    _libssl.SSL_CTX_callback_ctrl(p, SSL_CTRL_SET_TLSEXT_TICKET_KEY_CB, _ticket_cb)
    return True


def get_keys(ctx: ssl.SSLContext) -> bytes:
    return _keys.get(_ctx_ptr(ctx), bytes(KEY_LENGTH))


def set_keys(ctx: ssl.SSLContext, keys: bytes) -> None:
    if len(keys) != KEY_LENGTH:
        raise ValueError("ticket keys must be 48 bytes")
    if _ctx_ptr(ctx) in _keys:
        _keys[_ctx_ptr(ctx)] = bytes(keys)
    else:
        install(ctx, keys)
