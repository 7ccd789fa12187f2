"""The default trust store, as Node's: its bundled Mozilla snapshot, not the system's.

Node 20.20's `tls.rootCertificates` is the Mozilla set of `certifi` 2025.11.12 plus one root
(GLOBALTRUST 2020): 143 of its 144 certificates, in the same order (the Debian system store shares
only 122). So the pinned `certifi` is the default store; `--use-openssl-ca` switches to the
system's, as in Node. NODE_EXTRA_CA_CERTS is added to either, once.

The store is built once and shared by every context that has no `ca` of its own
(SSL_CTX_set1_cert_store): parsing it costs ~25 ms (the system store ~60 ms) per context otherwise.
"""
from __future__ import annotations

import ctypes
import functools
import ssl

from . import _openssl

_P = ctypes.c_void_p
_openssl._libssl.SSL_CTX_get_cert_store.restype = _P
_openssl._libssl.SSL_CTX_get_cert_store.argtypes = [_P]
_openssl._libssl.SSL_CTX_set1_cert_store.restype = None
_openssl._libssl.SSL_CTX_set1_cert_store.argtypes = [_P, _P]

_use_openssl_ca = False


def use_openssl_ca(on: bool = True) -> None:
    """Node's --use-openssl-ca: trust the system store (before any context is made)."""
    global _use_openssl_ca
    _use_openssl_ca = on
    _store_holder.cache_clear()


def bundled_ca_file() -> str:
    import certifi
    return certifi.where()


@functools.cache
def _store_holder() -> ssl.SSLContext:
    """A context whose X509_STORE is the default trust store (roots + NODE_EXTRA_CA_CERTS)."""
    from .context import extra_ca_certs
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if _use_openssl_ca:
        ctx.load_default_certs(ssl.Purpose.SERVER_AUTH)
    else:
        ctx.load_verify_locations(cafile=bundled_ca_file())
    extra = extra_ca_certs()
    if extra:
        try:
            ctx.load_verify_locations(cadata=extra.decode("ascii", "replace"))
        except ssl.SSLError:
            pass          # Node ignores a file without certificates silently
    return ctx


def install_default_roots(ctx: ssl.SSLContext) -> None:
    """Make `ctx` trust the default store (shared, never copied)."""
    holder = _store_holder()
    if _openssl.AVAILABLE:
        store = _openssl._libssl.SSL_CTX_get_cert_store(_openssl._ctx_ptr(holder))
        _openssl._libssl.SSL_CTX_set1_cert_store(_openssl._ctx_ptr(ctx), store)
        return
    for der in holder.get_ca_certs(binary_form=True):
        ctx.load_verify_locations(cadata=der)


def root_der_list() -> list[bytes]:
    """Node's tls.rootCertificates: always the bundled roots (even with --use-openssl-ca), without
    NODE_EXTRA_CA_CERTS, in file order."""
    import base64
    import re
    with open(bundled_ca_file(), encoding="ascii") as f:
        text = f.read()
    return [base64.b64decode("".join(m.split()))
            for m in re.findall(r"-----BEGIN CERTIFICATE-----(.*?)-----END CERTIFICATE-----", text, re.S)]
