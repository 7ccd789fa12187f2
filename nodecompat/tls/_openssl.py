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


# ---- per-connection facts and knobs Python's ssl does not expose (Node's TLSWrap methods) -------
_P = ctypes.c_void_p
_libssl.SSL_ctrl.restype = ctypes.c_long
_libssl.SSL_ctrl.argtypes = [_P, ctypes.c_int, ctypes.c_long, _P]
_libcrypto.EVP_PKEY_get_id.restype = ctypes.c_int
_libcrypto.EVP_PKEY_get_id.argtypes = [_P]
_libcrypto.EVP_PKEY_get_bits.restype = ctypes.c_int
_libcrypto.EVP_PKEY_get_bits.argtypes = [_P]
_libcrypto.EVP_PKEY_get_group_name.restype = ctypes.c_int
_libcrypto.EVP_PKEY_get_group_name.argtypes = [_P, ctypes.c_char_p, ctypes.c_size_t,
                                               ctypes.POINTER(ctypes.c_size_t)]
_libcrypto.EVP_PKEY_free.restype = None
_libcrypto.EVP_PKEY_free.argtypes = [_P]
_libcrypto.OBJ_nid2sn.restype = ctypes.c_char_p
_libcrypto.OBJ_nid2sn.argtypes = [ctypes.c_int]
_libcrypto.ERR_reason_error_string.restype = ctypes.c_char_p
_libcrypto.ERR_reason_error_string.argtypes = [ctypes.c_ulong]
_libcrypto.ERR_lib_error_string.restype = ctypes.c_char_p
_libcrypto.ERR_lib_error_string.argtypes = [ctypes.c_ulong]

_SSL_CTRL_SET_MAX_SEND_FRAGMENT = 52
_SSL_CTRL_GET_PEER_TMP_KEY = 109
_EVP_PKEY_DH, _EVP_PKEY_EC, _EVP_PKEY_X25519, _EVP_PKEY_X448 = 28, 408, 1034, 1035


def ephemeral_key_info(sslobj: ssl.SSLObject) -> dict[str, Any]:
    """Node's client getEphemeralKeyInfo(): {type, name?, size} of the server's key exchange key
    (SSL_get_peer_tmp_key), {} when there is none."""
    if not AVAILABLE:
        return {}
    key = ctypes.c_void_p()
    if not _libssl.SSL_ctrl(_ssl_ptr(sslobj), _SSL_CTRL_GET_PEER_TMP_KEY, 0, ctypes.byref(key)) or not key.value:
        return {}
    try:
        kid = _libcrypto.EVP_PKEY_get_id(key)
        bits = _libcrypto.EVP_PKEY_get_bits(key)
        if kid == _EVP_PKEY_DH:
            return {"type": "DH", "size": bits}
        if kid == _EVP_PKEY_EC:
            buf, n = ctypes.create_string_buffer(80), ctypes.c_size_t(0)
            ok = _libcrypto.EVP_PKEY_get_group_name(key, buf, 80, ctypes.byref(n))
            return {"type": "ECDH", "name": buf.value.decode() if ok else "", "size": bits}
        if kid in (_EVP_PKEY_X25519, _EVP_PKEY_X448):
            return {"type": "ECDH", "name": (_libcrypto.OBJ_nid2sn(kid) or b"").decode(), "size": bits}
        return {}
    finally:
        _libcrypto.EVP_PKEY_free(key)


def set_max_send_fragment(sslobj: ssl.SSLObject, size: int) -> bool:
    """SSL_set_max_send_fragment: OpenSSL accepts 512..16384 and answers 0 otherwise."""
    if not AVAILABLE:
        return False
    return _libssl.SSL_ctrl(_ssl_ptr(sslobj), _SSL_CTRL_SET_MAX_SEND_FRAGMENT, int(size), None) == 1


def _alert_reason_code(reason: str) -> int | None:
    # TLS alerts are reasons 1000 + the alert number (SSL_AD_REASON_OFFSET)
    for prefix in ("SSLV3_ALERT_", "TLSV1_ALERT_", "TLSV13_ALERT_"):
        if reason.startswith(prefix):
            name = "ALERT_DESCRIPTION_" + reason[len(prefix):]
            alt = {"ALERT_DESCRIPTION_NO_APPLICATION_PROTOCOL": 120, "ALERT_DESCRIPTION_CERTIFICATE_REQUIRED": 116,
                   "ALERT_DESCRIPTION_MISSING_EXTENSION": 109}
            desc = getattr(ssl.AlertDescription, name, None)
            num = int(desc) if desc is not None else alt.get(name)
            return None if num is None else 1000 + num
    return None


def packed_error(library: str, reason: str) -> tuple[int, str, str] | None:
    """OpenSSL's packed error code for a Python SSLError's (library, reason) names, with OpenSSL's
    own library and reason strings: what Node prints as `error:0A000086:SSL routines::...`."""
    import _ssl
    libs = {v: k for k, v in _ssl.lib_codes_to_names.items()}  # type: ignore[attr-defined]
    lib = libs.get(library)
    if lib is None:
        return None
    code = next((c for (lb, c), name in _ssl.err_codes_to_names.items()  # type: ignore[attr-defined]
                 if lb == lib and name == reason), None)
    if code is None:
        code = _alert_reason_code(reason)
    if code is None:
        return None
    packed = ((lib & 0xFF) << 23) | (code & 0x7FFFFF)
    text = _libcrypto.ERR_reason_error_string(packed)
    lib_text = _libcrypto.ERR_lib_error_string(packed)
    if not text or not lib_text:
        return None
    return packed, lib_text.decode(), text.decode()


# ---- OpenSSL errors as Node reports them (crypto and TLSWrap calls) ------------------------------
_libcrypto.ERR_error_string_n.restype = None
_libcrypto.ERR_error_string_n.argtypes = [ctypes.c_ulong, ctypes.c_char_p, ctypes.c_size_t]
_libcrypto.ERR_get_error.restype = ctypes.c_ulong
_libcrypto.ERR_get_error.argtypes = []
_libcrypto.ERR_peek_last_error.restype = ctypes.c_ulong
_libcrypto.ERR_peek_last_error.argtypes = []
_libcrypto.ERR_clear_error.restype = None
_libcrypto.ERR_clear_error.argtypes = []

# ERR_GET_LIB numbers -> the prefix Node puts in `code` (ERR_OSSL_PEM_..., SSL has none)
_LIB_PREFIX = {2: "SYS", 3: "BN", 4: "RSA", 5: "DH", 6: "EVP", 7: "BUF", 8: "OBJ", 9: "PEM", 10: "DSA",
               11: "X509", 13: "ASN1", 14: "CONF", 15: "CRYPTO", 16: "EC", 20: "SSL", 32: "BIO",
               33: "PKCS7", 34: "X509V3", 35: "PKCS12", 36: "RAND", 37: "DSO", 38: "ENGINE", 39: "OCSP",
               40: "UI", 41: "COMP", 42: "ECDSA", 43: "ECDH", 44: "OSSL_STORE", 45: "FIPS", 46: "CMS",
               47: "TS", 48: "HMAC", 50: "CT", 51: "ASYNC", 52: "KDF", 53: "SM2", 128: "USER"}


def openssl_error(err: int) -> dict[str, Any]:
    """Node's error for an OpenSSL error code: message `error:0480006C:PEM routines::no start line`,
    code `ERR_OSSL_PEM_NO_START_LINE`, library and reason."""
    buf = ctypes.create_string_buffer(256)
    _libcrypto.ERR_error_string_n(err, buf, 256)
    lib = (_libcrypto.ERR_lib_error_string(err) or b"").decode()
    reason = (_libcrypto.ERR_reason_error_string(err) or b"").decode()
    libnum = (err >> 23) & 0xFF
    prefix = _LIB_PREFIX.get(libnum)
    code = None
    if reason and prefix:
        code = "ERR_" + ("" if prefix == "SSL" else "OSSL_") + prefix + "_" + reason.upper().replace(" ", "_")
    out: dict[str, Any] = {"message": buf.value.decode(), "library": lib, "reason": reason}
    if code:
        out["code"] = code
    return out




# ---- renegotiation (TLS 1.2), per-connection verify mode and key/cert (Node's TLSWrap) -----------
_libssl.SSL_renegotiate.restype = ctypes.c_int
_libssl.SSL_renegotiate.argtypes = [_P]
_libssl.SSL_renegotiate_pending.restype = ctypes.c_int
_libssl.SSL_renegotiate_pending.argtypes = [_P]
_libssl.SSL_do_handshake.restype = ctypes.c_int
_libssl.SSL_do_handshake.argtypes = [_P]
_libssl.SSL_set_verify.restype = None
_libssl.SSL_set_verify.argtypes = [_P, ctypes.c_int, _VERIFY_CB]
_INFO_CB = ctypes.CFUNCTYPE(None, _P, ctypes.c_int, ctypes.c_int)
_libssl.SSL_set_info_callback.restype = None
_libssl.SSL_set_info_callback.argtypes = [_P, _INFO_CB]
_libssl.SSL_CTX_get0_certificate.restype = _P
_libssl.SSL_CTX_get0_certificate.argtypes = [_P]
_libssl.SSL_CTX_get0_privatekey.restype = _P
_libssl.SSL_CTX_get0_privatekey.argtypes = [_P]
_libssl.SSL_use_certificate.restype = ctypes.c_int
_libssl.SSL_use_certificate.argtypes = [_P, _P]
_libssl.SSL_use_PrivateKey.restype = ctypes.c_int
_libssl.SSL_use_PrivateKey.argtypes = [_P, _P]
_libssl.SSL_get_certificate.restype = _P
_libssl.SSL_get_certificate.argtypes = [_P]
_libcrypto.i2d_X509.restype = ctypes.c_int
_libcrypto.i2d_X509.argtypes = [_P, ctypes.POINTER(ctypes.c_void_p)]
_libcrypto.CRYPTO_free.restype = None
_libcrypto.CRYPTO_free.argtypes = [_P, ctypes.c_char_p, ctypes.c_int]
_libssl.SSL_CTX_ctrl.restype = ctypes.c_long
_libssl.SSL_CTX_ctrl.argtypes = [_P, ctypes.c_int, ctypes.c_long, _P]

_libssl.SSL_set_options.restype = ctypes.c_uint64
_libssl.SSL_set_options.argtypes = [_P, ctypes.c_uint64]

SSL_VERIFY_FAIL_IF_NO_PEER_CERT = 0x02
_SSL_CB_HANDSHAKE_START, _SSL_CB_HANDSHAKE_DONE = 0x10, 0x20
_SSL_OP_ALLOW_CLIENT_RENEGOTIATION = 0x100
_SSL_CTRL_CHAIN, _SSL_CTRL_GET_CHAIN_CERTS = 88, 82
_handshake_watchers: dict[int, Any] = {}


@_INFO_CB
def _info(ssl_p: int, where: int, _ret: int) -> None:
    w = _handshake_watchers.get(ssl_p or 0)
    if w is None:
        return
    on_done, on_start = w
    try:
        if where & _SSL_CB_HANDSHAKE_START and on_start is not None:
            on_start()
        if where & _SSL_CB_HANDSHAKE_DONE and not _libssl.SSL_renegotiate_pending(ssl_p):
            on_done()
    except Exception:     # never unwind through OpenSSL
        pass


def _unwatch(ptr: int, w: Any) -> None:
    if _handshake_watchers.get(ptr) is w:
        del _handshake_watchers[ptr]


def watch_handshakes(sslobj: ssl.SSLObject, on_done: Any, on_start: Any = None) -> None:
    """After the first handshake of a TLS 1.2 connection: call `on_done()` whenever a later one
    completes (Node's 'secure' again) and `on_start()` whenever one starts (a server counts
    renegotiations). Both run inside OpenSSL: they must only schedule work. A server also accepts
    client-initiated renegotiation from now on, as Node (OpenSSL 3 refuses it by default)."""
    if not AVAILABLE:
        return
    ptr = _ssl_ptr(sslobj)
    w = (on_done, on_start)
    _handshake_watchers[ptr] = w
    weakref.finalize(sslobj, _unwatch, ptr, w)
    if sslobj.server_side:
        _libssl.SSL_set_options(ptr, _SSL_OP_ALLOW_CLIENT_RENEGOTIATION)
    _libssl.SSL_set_info_callback(ptr, _info)


def renegotiate(sslobj: ssl.SSLObject) -> dict[str, Any] | None:
    """Start a renegotiation (SSL_renegotiate, then the first flight into the output BIO);
    None, or Node's error (TLS 1.3: `error:0A00010A:SSL routines::wrong ssl version`)."""
    ptr = _ssl_ptr(sslobj)
    _libcrypto.ERR_clear_error()
    if _libssl.SSL_renegotiate(ptr) != 1:
        err = openssl_error(_libcrypto.ERR_get_error())
        _libcrypto.ERR_clear_error()
        return err
    _libssl.SSL_do_handshake(ptr)       # writes HelloRequest / ClientHello; wants the peer next
    _libcrypto.ERR_clear_error()
    return None


def set_verify_mode(sslobj: ssl.SSLObject, server: bool, request_cert: bool, reject: bool) -> None:
    """Node's TLSWrap::SetVerifyMode: clients never fail on the server's certificate here (JS
    judges later); a server asks for one, and with `reject` fails a peer that sends none."""
    mode = 0
    if server and request_cert:
        mode = SSL_VERIFY_PEER | (SSL_VERIFY_FAIL_IF_NO_PEER_CERT if reject else 0)
    _libssl.SSL_set_verify(_ssl_ptr(sslobj), mode, _accept_any)


def use_key_cert(sslobj: ssl.SSLObject, ctx: ssl.SSLContext) -> bool:
    """Node's setKeyCert: this connection's certificate, key and chain from `ctx`."""
    src, ptr = _ctx_ptr(ctx), _ssl_ptr(sslobj)
    cert, key = _libssl.SSL_CTX_get0_certificate(src), _libssl.SSL_CTX_get0_privatekey(src)
    if not cert or not key:
        return False
    ok = _libssl.SSL_use_certificate(ptr, cert) == 1 and _libssl.SSL_use_PrivateKey(ptr, key) == 1
    chain = ctypes.c_void_p()
    if ok and _libssl.SSL_CTX_ctrl(src, _SSL_CTRL_GET_CHAIN_CERTS, 0, ctypes.byref(chain)) and chain.value:
        _libssl.SSL_ctrl(ptr, _SSL_CTRL_CHAIN, 1, chain)   # SSL_set1_chain
    _libcrypto.ERR_clear_error()
    return ok


def own_certificate_der(sslobj: ssl.SSLObject) -> bytes | None:
    """The certificate this connection presents (SSL_get_certificate), DER."""
    x = _libssl.SSL_get_certificate(_ssl_ptr(sslobj))
    if not x:
        return None
    out = ctypes.c_void_p()
    n = _libcrypto.i2d_X509(x, ctypes.byref(out))
    try:
        return ctypes.string_at(out.value, n) if n > 0 else None
    finally:
        if out.value:
            _libcrypto.CRYPTO_free(out.value, None, 0)


_libssl.SSL_get0_peer_certificate.restype = _P
_libssl.SSL_get0_peer_certificate.argtypes = [_P]
_libssl.SSL_is_init_finished.restype = ctypes.c_int
_libssl.SSL_is_init_finished.argtypes = [_P]


def has_peer_certificate(sslobj: ssl.SSLObject) -> bool:
    """Whether the peer presented a certificate. Unlike Python's getpeercert() this also answers
    while a renegotiation is under way (the peer's HelloRequest can arrive with its Finished)."""
    if not AVAILABLE:
        return sslobj.getpeercert(binary_form=True) is not None
    return bool(_libssl.SSL_get0_peer_certificate(_ssl_ptr(sslobj)))


_libssl.SSL_get_version.restype = ctypes.c_char_p
_libssl.SSL_get_version.argtypes = [_P]


def protocol_version(sslobj: ssl.SSLObject) -> str | None:
    """'TLSv1.3'…: Python's version() answers None while a renegotiation is under way."""
    v = sslobj.version()
    if v is None and AVAILABLE:
        raw = _libssl.SSL_get_version(_ssl_ptr(sslobj))
        v = raw.decode() if raw else None
    return v


# ---- secure-context options Python's ssl does not expose (Node's ecdhCurve, sigalgs, sessionTimeout)
_SSL_CTRL_SET_GROUPS_LIST, _SSL_CTRL_SET_SIGALGS_LIST = 92, 98
_libssl.SSL_CTX_set_timeout.restype = ctypes.c_long
_libssl.SSL_CTX_set_timeout.argtypes = [_P, ctypes.c_long]


def set_groups_list(ctx: ssl.SSLContext, groups: str) -> bool:
    """SSL_CTX_set1_groups_list (Node's ecdhCurve other than 'auto')."""
    ok = _libssl.SSL_CTX_ctrl(_ctx_ptr(ctx), _SSL_CTRL_SET_GROUPS_LIST, 0,
                              ctypes.c_char_p(groups.encode())) == 1
    _libcrypto.ERR_clear_error()
    return ok


def set_sigalgs_list(ctx: ssl.SSLContext, sigalgs: str) -> bool:
    """SSL_CTX_set1_sigalgs_list (Node's sigalgs)."""
    ok = _libssl.SSL_CTX_ctrl(_ctx_ptr(ctx), _SSL_CTRL_SET_SIGALGS_LIST, 0,
                              ctypes.c_char_p(sigalgs.encode())) == 1
    _libcrypto.ERR_clear_error()
    return ok


def set_session_timeout(ctx: ssl.SSLContext, seconds: int) -> None:
    _libssl.SSL_CTX_set_timeout(_ctx_ptr(ctx), int(seconds))


_SSL_CTRL_SET_DH_AUTO = 118


def set_dh_auto(ctx: ssl.SSLContext) -> bool:
    """SSL_CTX_set_dh_auto(ctx, 1): Node's dhparam: 'auto' (DHE with a group sized to the key)."""
    return _libssl.SSL_CTX_ctrl(_ctx_ptr(ctx), _SSL_CTRL_SET_DH_AUTO, 1, None) == 1
