"""ssl.SSLContext from Node-style options: PEM as str/bytes (or lists), ALPN, client certs, SNI."""
from __future__ import annotations

import base64
import functools
import os
import ssl
from dataclasses import dataclass, field
from typing import Any, Callable, Sequence, Union

from . import _openssl, _sessions, _tickets, roots

Pem = Union[str, bytes]
PemList = Union[Pem, Sequence[Pem], None]

_VERSIONS = {"TLSv1": ssl.TLSVersion.TLSv1, "TLSv1.1": ssl.TLSVersion.TLSv1_1,
             "TLSv1.2": ssl.TLSVersion.TLSv1_2, "TLSv1.3": ssl.TLSVersion.TLSv1_3}


NODE_DEFAULT_CIPHERS = (
    "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:"
    "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:"
    "ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:"
    "DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:"
    "DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA")


def _as_list(v: PemList) -> list[bytes]:
    if v is None:
        return []
    if isinstance(v, (str, bytes, bytearray, memoryview)):
        v = [v]  # type: ignore[list-item]
    return [x.encode() if isinstance(x, str) else bytes(x) for x in v]  # type: ignore[union-attr]


def _memfile(data: bytes) -> tuple[int, str]:
    """An anonymous in-memory file with a path OpenSSL can open (keys never touch the disk)."""
    fd = os.memfd_create("nodecompat-pem", os.MFD_CLOEXEC)
    os.write(fd, data)
    return fd, f"/proc/self/fd/{fd}"


def load_chain(ctx: ssl.SSLContext, cert: bytes, key: bytes, passphrase: bytes | None) -> None:
    cfd, cpath = _memfile(cert)
    kfd, kpath = _memfile(key)
    try:
        ctx.load_cert_chain(cpath, kpath, password=passphrase)
    finally:
        os.close(cfd)
        os.close(kfd)


def _load_pfx(ctx: ssl.SSLContext, pfx: bytes, passphrase: bytes | None) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12
    key, cert, extra = pkcs12.load_key_and_certificates(pfx, passphrase)
    if key is None or cert is None:
        raise ssl.SSLError("pfx has no key or certificate")
    pem = cert.public_bytes(serialization.Encoding.PEM) + b"".join(
        c.public_bytes(serialization.Encoding.PEM) for c in extra)
    kpem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())
    load_chain(ctx, pem, kpem, None)


@functools.cache
def extra_ca_certs() -> bytes | None:
    """NODE_EXTRA_CA_CERTS, read once at startup as Node does (a bad path only warns in Node)."""
    path = os.environ.get("NODE_EXTRA_CA_CERTS")
    if not path:
        return None
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError:
        return None


@dataclass
class SecureContextOptions:
    key: PemList = None
    cert: PemList = None
    ca: PemList = None
    pfx: bytes | None = None
    passphrase: str | bytes | None = None
    ciphers: str | None = None
    min_version: str | None = None
    max_version: str | None = None
    alpn_protocols: Sequence[str] = field(default_factory=list)
    request_cert: bool = False          # server: ask clients for a certificate
    sni: Callable[[str], ssl.SSLContext | None] | None = None   # server: SNICallback, synchronous
    # server: ALPNCallback as (ssl_ptr, servername|None, client protocols) -> index | None
    alpn_callback: Callable[[int, str | None, list[str]], int | None] | None = None
    secure_options: int = 0             # Node's secureOptions: SSL_OP_* bits (e.g. SSL_OP_NO_TICKET)
    ticket_keys: bytes | None = None    # server: Node's 48 bytes (name, HMAC key, AES key); random if None
    ecdh_curve: str | None = None       # Node's ecdhCurve: 'auto' or an OpenSSL groups list
    honor_cipher_order: bool = False    # server: SSL_OP_CIPHER_SERVER_PREFERENCE
    session_timeout: int | None = None  # seconds (SSL_CTX_set_timeout)
    sigalgs: str | None = None          # OpenSSL sigalgs list
    dhparam: bytes | None = None        # PEM DH parameters or b"auto"; None: no DHE suites (Node)
    crl: PemList = None                 # PEM CRLs: the peer's leaf is checked against them


class SecureOptionError(ValueError):
    """An option OpenSSL refused; the message is Node's (js/tls.js adds ERR_CRYPTO_OPERATION_FAILED)."""


def create_context(opts: SecureContextOptions, *, server: bool) -> ssl.SSLContext:
    """Build the context. Peer verification is *recorded*, never enforced here: the caller reads
    `verify.verify_error()` after the handshake, as Node does (rejectUnauthorized is policy)."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER if server else ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    ctx.minimum_version = _VERSIONS.get(opts.min_version or "TLSv1.2", ssl.TLSVersion.TLSv1_2)
    if opts.max_version:
        ctx.maximum_version = _VERSIONS[opts.max_version]
    # Node's default list (tls.DEFAULT_CIPHERS): its order decides which suite a client gets
    ctx.set_ciphers(opts.ciphers or NODE_DEFAULT_CIPHERS)
    if opts.secure_options:
        ctx.options |= opts.secure_options
    _apply_tuning(ctx, opts)
    pw = opts.passphrase.encode() if isinstance(opts.passphrase, str) else opts.passphrase
    keys, certs = _as_list(opts.key), _as_list(opts.cert)
    if opts.pfx:
        _load_pfx(ctx, bytes(opts.pfx), pw)
    for i, cert in enumerate(certs):
        key = keys[i] if i < len(keys) else (keys[0] if keys else cert)
        load_chain(ctx, cert, key, pw)
    cas = _as_list(opts.ca)
    if cas:
        for pem in cas:
            ctx.load_verify_locations(cadata=pem.decode("ascii", "replace"))
    else:
        roots.install_default_roots(ctx)     # Node's bundled Mozilla roots + NODE_EXTRA_CA_CERTS
    if opts.alpn_protocols:
        ctx.set_alpn_protocols(list(opts.alpn_protocols))
    if server and opts.alpn_callback is not None:
        _openssl.set_alpn_chooser(ctx, opts.alpn_callback)
    elif server and opts.alpn_protocols:
        # Node answers a client with no protocol in common with a fatal alert (Python: no ALPN)
        _openssl.set_alpn_chooser(ctx, _openssl.server_preference(list(opts.alpn_protocols)))
    _apply_crl(ctx, opts.crl)
    _sessions.install(ctx, server=server)
    if server:
        _tickets.install(ctx, opts.ticket_keys)
        if opts.request_cert:
            _openssl.request_any_peer_cert(ctx)
        install_sni(ctx, opts.sni)
    return ctx


def _apply_tuning(ctx: ssl.SSLContext, opts: SecureContextOptions) -> None:
    """ecdhCurve, sigalgs, honorCipherOrder, sessionTimeout, dhparam as Node's SecureContext sets them."""
    if opts.ecdh_curve is not None and opts.ecdh_curve != "auto":
        if not _openssl.set_groups_list(ctx, opts.ecdh_curve):
            raise SecureOptionError("Failed to set ECDH curve")
    if opts.sigalgs is not None and not _openssl.set_sigalgs_list(ctx, opts.sigalgs):
        raise SecureOptionError("error:00000000:lib(0)::reason(0)")   # Node's (empty) OpenSSL error
    if opts.honor_cipher_order:
        ctx.options |= ssl.OP_CIPHER_SERVER_PREFERENCE
    if opts.session_timeout is not None:
        _openssl.set_session_timeout(ctx, opts.session_timeout)
    if opts.dhparam is not None and opts.dhparam.strip() == b"auto":
        _openssl.set_dh_auto(ctx)
    elif opts.dhparam:
        fd, path = _memfile(bytes(opts.dhparam))
        try:
            ctx.load_dh_params(path)
        except ssl.SSLError:
            pass    # Node ignores DH parameters it cannot parse
        finally:
            os.close(fd)


def _apply_crl(ctx: ssl.SSLContext, crl: PemList) -> None:
    """Load CRLs into the verify store and check the peer's leaf (Node: X509_V_FLAG_CRL_CHECK)."""
    crls = _as_list(crl)
    if not crls:
        return
    from cryptography import x509
    for pem in crls:
        try:
            x509.load_pem_x509_crl(pem)
        except ValueError:
            raise SecureOptionError("Failed to parse CRL") from None
        fd, path = _memfile(pem)
        try:
            ctx.load_verify_locations(cafile=path)   # a PEM file load takes its CRLs too
        finally:
            os.close(fd)
    ctx.verify_flags |= ssl.VERIFY_CRL_CHECK_LEAF


def install_sni(ctx: ssl.SSLContext, pick: Callable[[str], ssl.SSLContext | None] | None) -> None:
    """Record the client's SNI on the ssl object (Node's `servername`) and let `pick` swap contexts."""
    def cb(sslobj: Any, servername: str | None, _ctx: ssl.SSLContext) -> int | None:
        owner = getattr(sslobj, "_nc_owner", None) or sslobj
        try:
            owner.nc_servername = servername
        except AttributeError:
            pass
        if pick is not None and servername:
            other = pick(servername)
            if other is not None:
                sslobj.context = other
        return None
    ctx.sni_callback = cb


def node_pem(der: bytes) -> str:
    """PEM as Node prints its bundled roots: base64 lines of 72 characters, no final newline."""
    b64 = base64.b64encode(der).decode()
    body = "\n".join(b64[i:i + 72] for i in range(0, len(b64), 72))
    return f"-----BEGIN CERTIFICATE-----\n{body}\n-----END CERTIFICATE-----"


def root_certificates() -> list[str]:
    """Node's tls.rootCertificates shape (PEM strings as `node_pem`) for the roots we trust by
    default (tls/roots.py: the Mozilla set Node bundles, or the system's with --use-openssl-ca)."""
    return [node_pem(d) for d in roots.root_der_list()]
