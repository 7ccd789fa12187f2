"""OpenSSL digest names as Node resolves them (EVP_get_digestbyname + EVP_MD_fetch), so that
aliases such as 'RSA-SHA256' or 'sha256WithRSAEncryption' work and getHashes() lists what Node does."""
from __future__ import annotations

import ctypes
import functools

from ..tls._openssl import _libcrypto as _C

_P = ctypes.c_void_p
_C.EVP_get_digestbyname.restype = _P
_C.EVP_get_digestbyname.argtypes = [ctypes.c_char_p]
_C.EVP_MD_get0_name.restype = ctypes.c_char_p
_C.EVP_MD_get0_name.argtypes = [_P]
_C.EVP_MD_fetch.restype = _P
_C.EVP_MD_fetch.argtypes = [_P, ctypes.c_char_p, ctypes.c_char_p]
_C.EVP_MD_free.restype = None
_C.EVP_MD_free.argtypes = [_P]
_C.EVP_MD_get_size.restype = ctypes.c_int
_C.EVP_MD_get_size.argtypes = [_P]
_C.EVP_MD_get_flags.restype = ctypes.c_ulong
_C.EVP_MD_get_flags.argtypes = [_P]
_DO_ALL_CB = ctypes.CFUNCTYPE(None, _P, ctypes.c_char_p, ctypes.c_char_p, _P)
_C.EVP_MD_do_all_sorted.restype = None
_C.EVP_MD_do_all_sorted.argtypes = [_DO_ALL_CB, _P]

EVP_MD_FLAG_XOF = 0x2


@functools.lru_cache(maxsize=256)
def digest(name: str) -> tuple[str, int, bool] | None:
    """(OpenSSL's canonical name, output size, is XOF) for a name Node accepts, else None."""
    md = _C.EVP_get_digestbyname(name.encode())
    if not md:
        return None
    real = _C.EVP_MD_get0_name(md)
    if not real:
        return None
    fetched = _C.EVP_MD_fetch(None, real, None)   # an alias of an algorithm no provider offers: no
    if not fetched:
        return None
    try:
        return real.decode(), int(_C.EVP_MD_get_size(fetched)), bool(_C.EVP_MD_get_flags(fetched) & EVP_MD_FLAG_XOF)
    finally:
        _C.EVP_MD_free(fetched)


@functools.cache
def hash_names() -> tuple[str, ...]:
    """Node's getHashes(): every name (aliases too) OpenSSL lists whose algorithm can be fetched."""
    out: list[str] = []

    @_DO_ALL_CB
    def each(_md: int, frm: bytes | None, _to: bytes | None, _arg: int) -> None:
        if frm and digest(frm.decode()) is not None:
            out.append(frm.decode())
    _C.EVP_MD_do_all_sorted(each, None)
    return tuple(out)


_C.EVP_PBE_scrypt.restype = ctypes.c_int
_C.EVP_PBE_scrypt.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint64,
                              ctypes.c_uint64, ctypes.c_uint64, ctypes.c_uint64, ctypes.c_char_p, ctypes.c_size_t]


def scrypt_params_error(n: int, r: int, p: int, maxmem: int) -> str | None:
    """None when OpenSSL accepts the parameters, else Node's message ("Invalid scrypt params",
    with OpenSSL's error when it left one)."""
    from ..tls._openssl import openssl_error
    _C.ERR_clear_error()
    if _C.EVP_PBE_scrypt(None, 0, None, 0, n, r, p, maxmem, None, 0) == 1:
        return None
    err = _C.ERR_get_error()
    _C.ERR_clear_error()
    return "Invalid scrypt params" + (f": {openssl_error(err)['message']}" if err else "")


def scrypt(password: bytes, salt: bytes, n: int, r: int, p: int, maxmem: int, keylen: int) -> bytes | None:
    """EVP_PBE_scrypt (ctypes drops the GIL for the call); None when it fails."""
    if keylen == 0:
        return b""
    out = ctypes.create_string_buffer(keylen)
    ok = _C.EVP_PBE_scrypt(password, len(password), salt, len(salt), n, r, p, maxmem, out, keylen)
    _C.ERR_clear_error()
    return out.raw if ok == 1 else None
