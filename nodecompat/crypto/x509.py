"""X.509 certificates for Node's `crypto.X509Certificate`.

Parsing and the name/host checks go through OpenSSL itself (ctypes), so errors, the subject/issuer
text (X509_NAME_print_ex with Node's flags) and checkHost/checkEmail/checkIP/checkIssued answer
exactly as Node's; the remaining fields reuse the getPeerCertificate() code (tls/peercert.py)."""
from __future__ import annotations

import contextlib
import ctypes
from typing import Any, Iterator

from cryptography import x509
from cryptography.x509.oid import ExtensionOID

from ..tls import peercert
from ..tls._openssl import _libcrypto as _C
from ..tls._openssl import openssl_error

_P = ctypes.c_void_p
# ERR_* and CRYPTO_free are declared once, by tls/_openssl.py (the same library object)
_C.BIO_new_mem_buf.restype = _P
_C.BIO_new_mem_buf.argtypes = [ctypes.c_char_p, ctypes.c_int]
_C.BIO_new.restype = _P
_C.BIO_new.argtypes = [_P]
_C.BIO_s_mem.restype = _P
_C.BIO_s_mem.argtypes = []
_C.BIO_free.restype = ctypes.c_int
_C.BIO_free.argtypes = [_P]
_C.BIO_ctrl.restype = ctypes.c_long
_C.BIO_ctrl.argtypes = [_P, ctypes.c_int, ctypes.c_long, _P]
_C.PEM_read_bio_X509_AUX.restype = _P
_C.PEM_read_bio_X509_AUX.argtypes = [_P, _P, _P, _P]
_C.d2i_X509.restype = _P
_C.d2i_X509.argtypes = [_P, ctypes.POINTER(ctypes.c_char_p), ctypes.c_long]
_C.i2d_X509.restype = ctypes.c_int
_C.i2d_X509.argtypes = [_P, ctypes.POINTER(ctypes.c_void_p)]
_C.X509_free.restype = None
_C.X509_free.argtypes = [_P]
_C.X509_get_subject_name.restype = _P
_C.X509_get_subject_name.argtypes = [_P]
_C.X509_get_issuer_name.restype = _P
_C.X509_get_issuer_name.argtypes = [_P]
_C.X509_NAME_print_ex.restype = ctypes.c_int
_C.X509_NAME_print_ex.argtypes = [_P, _P, ctypes.c_int, ctypes.c_ulong]
_C.X509_check_host.restype = ctypes.c_int
_C.X509_check_host.argtypes = [_P, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint, ctypes.POINTER(ctypes.c_char_p)]
_C.X509_check_email.restype = ctypes.c_int
_C.X509_check_email.argtypes = [_P, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint]
_C.X509_check_ip.restype = ctypes.c_int
_C.X509_check_ip.argtypes = [_P, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint]
_C.X509_check_issued.restype = ctypes.c_int
_C.X509_check_issued.argtypes = [_P, _P]

_BIO_CTRL_INFO = 3
# Node's kX509NameFlagsMultiline: ESC_2253 | ESC_CTRL | UTF8_CONVERT | XN_FLAG_SEP_MULTILINE | FN_SN
_NAME_FLAGS = 0x1 | 0x2 | 0x10 | (4 << 16)
# Node's X509_CHECK_FLAG_* for checkHost/checkEmail options
FLAG_ALWAYS_CHECK_SUBJECT, FLAG_NO_WILDCARDS, FLAG_NO_PARTIAL_WILDCARDS = 0x1, 0x2, 0x4
FLAG_MULTI_LABEL_WILDCARDS, FLAG_SINGLE_LABEL_SUBDOMAINS, FLAG_NEVER_CHECK_SUBJECT = 0x8, 0x10, 0x20

@contextlib.contextmanager
def _cert(der: bytes) -> Iterator[int]:
    p = ctypes.c_char_p(der)
    x = _C.d2i_X509(None, ctypes.byref(p), len(der))
    if not x:
        _C.ERR_clear_error()
        raise ValueError("not a DER certificate")
    try:
        yield x
    finally:
        _C.X509_free(x)


def parse(data: bytes) -> bytes | dict[str, Any]:
    """Node's X509Certificate input: PEM (first certificate) or DER. The DER, or the error
    description of the PEM attempt (Node reports that one when DER fails too)."""
    _C.ERR_clear_error()
    bio = _C.BIO_new_mem_buf(data, len(data))
    try:
        x = _C.PEM_read_bio_X509_AUX(bio, None, None, None)
    finally:
        _C.BIO_free(bio)
    pem_err = 0 if x else _C.ERR_get_error()     # the first (deepest) error, as Node reports
    _C.ERR_clear_error()
    if not x:
        p = ctypes.c_char_p(data)
        x = _C.d2i_X509(None, ctypes.byref(p), len(data))
        _C.ERR_clear_error()
        if not x:
            return openssl_error(pem_err)
    try:
        out = ctypes.c_void_p()
        n = _C.i2d_X509(x, ctypes.byref(out))
        try:
            return ctypes.string_at(out.value, n) if n > 0 else openssl_error(_C.ERR_get_error())
        finally:
            if out.value:
                _C.CRYPTO_free(out.value, None, 0)
    finally:
        _C.X509_free(x)


def _print_name(name: int) -> str:
    bio = _C.BIO_new(_C.BIO_s_mem())
    try:
        _C.X509_NAME_print_ex(bio, name, 0, _NAME_FLAGS)
        ptr = ctypes.c_void_p()
        n = _C.BIO_ctrl(bio, _BIO_CTRL_INFO, 0, ctypes.byref(ptr))
        return ctypes.string_at(ptr.value, n).decode("utf-8", "replace") if n > 0 else ""
    finally:
        _C.BIO_free(bio)


def info(der: bytes) -> dict[str, Any]:
    """The X509Certificate properties (strings as Node prints them; absent = undefined)."""
    legacy = peercert.from_der(der)
    with _cert(der) as x:
        out: dict[str, Any] = {"subject": _print_name(_C.X509_get_subject_name(x)),
                               "issuer": _print_name(_C.X509_get_issuer_name(x))}
    if "subjectaltname" in legacy:
        out["subjectAltName"] = legacy["subjectaltname"]
    cert = x509.load_der_x509_certificate(der)
    try:
        aia = cert.extensions.get_extension_for_oid(ExtensionOID.AUTHORITY_INFORMATION_ACCESS).value
        names = {"1.3.6.1.5.5.7.48.1": "OCSP", "1.3.6.1.5.5.7.48.2": "CA Issuers"}
        out["infoAccess"] = "\n".join(
            f"{names.get(d.access_method.dotted_string, d.access_method.dotted_string)} - "
            f"{_general_name(d.access_location)}" for d in aia)
    except x509.ExtensionNotFound:
        pass
    out["validFrom"] = legacy["valid_from"]
    out["validTo"] = legacy["valid_to"]
    for k in ("fingerprint", "fingerprint256", "fingerprint512", "serialNumber", "ca"):
        out[k] = legacy[k]
    if "ext_key_usage" in legacy:
        out["keyUsage"] = legacy["ext_key_usage"]
    return out


def _general_name(g: Any) -> str:
    if isinstance(g, x509.UniformResourceIdentifier):
        return f"URI:{g.value}"
    if isinstance(g, x509.DNSName):
        return f"DNS:{g.value}"
    if isinstance(g, x509.RFC822Name):
        return f"email:{g.value}"
    return f"othername:{g.value}"


def check_host(der: bytes, name: str, flags: int) -> str | None:
    with _cert(der) as x:
        peer = ctypes.c_char_p()
        raw = name.encode()
        ok = _C.X509_check_host(x, raw, len(raw), flags, ctypes.byref(peer))
        if ok != 1:
            return None
        got = peer.value.decode() if peer.value else name
        if peer.value:
            _C.CRYPTO_free(ctypes.cast(peer, ctypes.c_void_p), None, 0)
        return got


def check_email(der: bytes, email: str, flags: int) -> bool:
    with _cert(der) as x:
        raw = email.encode()
        return _C.X509_check_email(x, raw, len(raw), flags) == 1


def check_ip(der: bytes, packed: bytes) -> bool:
    with _cert(der) as x:
        return _C.X509_check_ip(x, packed, len(packed), 0) == 1


def check_issued(issuer_der: bytes, subject_der: bytes) -> bool:
    """`subject` was issued by `issuer` (X509_check_issued answers X509_V_OK)."""
    with _cert(issuer_der) as i, _cert(subject_der) as s:
        ok = _C.X509_check_issued(i, s) == 0
    _C.ERR_clear_error()
    return ok
