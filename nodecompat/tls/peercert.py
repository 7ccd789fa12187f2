"""X.509 certificates in the shape of Node's `getPeerCertificate()` objects (bytes stay bytes)."""
from __future__ import annotations

import hashlib
import ssl
import warnings
from typing import Any

from cryptography import x509
from cryptography.utils import CryptographyDeprecationWarning
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import ExtensionOID, NameOID

_SHORT = {
    NameOID.COUNTRY_NAME: "C", NameOID.STATE_OR_PROVINCE_NAME: "ST", NameOID.LOCALITY_NAME: "L",
    NameOID.ORGANIZATION_NAME: "O", NameOID.ORGANIZATIONAL_UNIT_NAME: "OU", NameOID.COMMON_NAME: "CN",
    NameOID.EMAIL_ADDRESS: "emailAddress", NameOID.SERIAL_NUMBER: "serialNumber",
    NameOID.DOMAIN_COMPONENT: "DC", NameOID.STREET_ADDRESS: "street", NameOID.POSTAL_CODE: "postalCode",
}
# Some trusted roots have a non-positive serial; Node prints them, cryptography warns on stderr
warnings.filterwarnings("ignore", category=CryptographyDeprecationWarning)

_NIST = {"secp256r1": ("prime256v1", "P-256"), "secp384r1": ("secp384r1", "P-384"),
         "secp521r1": ("secp521r1", "P-521")}


def _name(n: x509.Name) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for attr in n:
        key = _SHORT.get(attr.oid, attr.oid.dotted_string)
        val = attr.value if isinstance(attr.value, str) else attr.value.hex()
        if key in out:
            prev = out[key]
            out[key] = prev + [val] if isinstance(prev, list) else [prev, val]
        else:
            out[key] = val
    return out


def _ip_text(ip: Any) -> str:
    if ip.version == 6:   # OpenSSL prints every group, no compression
        return ":".join(f"{int(h, 16):X}" for h in ip.exploded.split(":"))
    return str(ip)


def _altnames(cert: x509.Certificate) -> str | None:
    try:
        san = cert.extensions.get_extension_for_oid(ExtensionOID.SUBJECT_ALTERNATIVE_NAME).value
    except x509.ExtensionNotFound:
        return None
    parts: list[str] = []
    for g in san:
        if isinstance(g, x509.DNSName):
            parts.append(f"DNS:{g.value}")
        elif isinstance(g, x509.IPAddress):
            parts.append(f"IP Address:{_ip_text(g.value)}")
        elif isinstance(g, x509.RFC822Name):
            parts.append(f"email:{g.value}")
        elif isinstance(g, x509.UniformResourceIdentifier):
            parts.append(f"URI:{g.value}")
    return ", ".join(parts)


def _date(d: Any) -> str:
    return f"{d:%b} {d.day:2d} {d:%H:%M:%S %Y} GMT"


def _fp(der: bytes, algo: str) -> str:
    return ":".join(f"{b:02X}" for b in hashlib.new(algo, der).digest())


def from_der(der: bytes) -> dict[str, Any]:
    """Node's detailed=false certificate object; `raw` and `pubkey` are bytes."""
    cert = x509.load_der_x509_certificate(der)
    out: dict[str, Any] = {"subject": _name(cert.subject), "issuer": _name(cert.issuer)}
    alt = _altnames(cert)
    if alt is not None:
        out["subjectaltname"] = alt
    try:
        aia = cert.extensions.get_extension_for_oid(ExtensionOID.AUTHORITY_INFORMATION_ACCESS).value
        info: dict[str, list[str]] = {}
        for d in aia:
            key = {"1.3.6.1.5.5.7.48.1": "OCSP - URI", "1.3.6.1.5.5.7.48.2": "CA Issuers - URI"}.get(
                d.access_method.dotted_string, d.access_method.dotted_string)
            info.setdefault(key, []).append(d.access_location.value)
        out["infoAccess"] = info
    except x509.ExtensionNotFound:
        pass
    try:
        out["ca"] = bool(cert.extensions.get_extension_for_oid(ExtensionOID.BASIC_CONSTRAINTS).value.ca)
    except x509.ExtensionNotFound:
        out["ca"] = False
    key = cert.public_key()
    if isinstance(key, rsa.RSAPublicKey):
        nums = key.public_numbers()
        out["modulus"] = f"{nums.n:X}"
        out["bits"] = key.key_size
        out["exponent"] = f"0x{nums.e:x}"
        out["pubkey"] = key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    elif isinstance(key, ec.EllipticCurvePublicKey):
        out["bits"] = key.key_size
        out["pubkey"] = key.public_bytes(serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint)
        asn1, nist = _NIST.get(key.curve.name, (key.curve.name, None))
        out["asn1Curve"] = asn1
        if nist:
            out["nistCurve"] = nist
    out["valid_from"] = _date(cert.not_valid_before_utc)
    out["valid_to"] = _date(cert.not_valid_after_utc)
    out["fingerprint"] = _fp(der, "sha1")
    out["fingerprint256"] = _fp(der, "sha256")
    out["fingerprint512"] = _fp(der, "sha512")
    try:
        eku = cert.extensions.get_extension_for_oid(ExtensionOID.EXTENDED_KEY_USAGE).value
        out["ext_key_usage"] = [o.dotted_string for o in eku]
    except x509.ExtensionNotFound:
        pass
    out["serialNumber"] = f"{cert.serial_number:X}"
    if len(out["serialNumber"]) % 2:
        out["serialNumber"] = "0" + out["serialNumber"]
    out["raw"] = der
    return out


def chain_ders(sslobj: ssl.SSLObject) -> list[bytes]:
    """Peer chain, leaf first: the verified chain when OpenSSL built one (it includes the trusted
    issuer, as Node shows), else what the peer sent."""
    inner = sslobj._sslobj  # type: ignore[attr-defined]
    chain = []
    for getter in ("get_verified_chain", "get_unverified_chain"):
        try:
            chain = [c for c in (getattr(inner, getter)() or []) if c is not None]
        except (AttributeError, ssl.SSLError, ValueError):
            chain = []
        if chain:
            break
    ders = [c.public_bytes(ssl._ssl.ENCODING_DER) for c in chain if c is not None]  # type: ignore[attr-defined]
    if not ders:
        leaf = sslobj.getpeercert(binary_form=True)
        if leaf:
            ders = [leaf]
    return ders


def peer_certificate(sslobj: ssl.SSLObject, detailed: bool) -> dict[str, Any]:
    """Node's getPeerCertificate(detailed): {} without a peer cert; with `detailed`, each object has
    `issuerCertificate` (a self-signed root points at itself, marked by `issuerCertificate: 'self'`)."""
    ders = chain_ders(sslobj)
    if not ders:
        return {}
    certs = [from_der(d) for d in ders]
    if not detailed:
        return certs[0]
    for i, c in enumerate(certs):
        if i + 1 < len(certs):
            c["issuerCertificate"] = certs[i + 1]
        elif c["subject"] == c["issuer"]:
            c["issuerCertificate"] = c     # Node: [Circular]
    return certs[0]


def own_certificate_der(ctx_cert_pem: bytes | None) -> bytes | None:
    if not ctx_cert_pem:
        return None
    return x509.load_pem_x509_certificate(ctx_cert_pem).public_bytes(serialization.Encoding.DER)
