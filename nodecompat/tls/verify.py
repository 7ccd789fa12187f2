"""Peer-certificate verdicts with Node's codes and messages."""
from __future__ import annotations

import ipaddress
import ssl
from typing import Any

from . import _openssl

# OpenSSL X509_V_ERR_* numbers → the names Node uses as `code` (the same, without the prefix).
X509_CODES: dict[int, str] = {
    1: "UNSPECIFIED", 2: "UNABLE_TO_GET_ISSUER_CERT", 3: "UNABLE_TO_GET_CRL",
    4: "UNABLE_TO_DECRYPT_CERT_SIGNATURE", 5: "UNABLE_TO_DECRYPT_CRL_SIGNATURE",
    6: "UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY", 7: "CERT_SIGNATURE_FAILURE", 8: "CRL_SIGNATURE_FAILURE",
    9: "CERT_NOT_YET_VALID", 10: "CERT_HAS_EXPIRED", 11: "CRL_NOT_YET_VALID", 12: "CRL_HAS_EXPIRED",
    13: "ERROR_IN_CERT_NOT_BEFORE_FIELD", 14: "ERROR_IN_CERT_NOT_AFTER_FIELD",
    15: "ERROR_IN_CRL_LAST_UPDATE_FIELD", 16: "ERROR_IN_CRL_NEXT_UPDATE_FIELD", 17: "OUT_OF_MEM",
    18: "DEPTH_ZERO_SELF_SIGNED_CERT", 19: "SELF_SIGNED_CERT_IN_CHAIN",
    20: "UNABLE_TO_GET_ISSUER_CERT_LOCALLY", 21: "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
    22: "CERT_CHAIN_TOO_LONG", 23: "CERT_REVOKED", 24: "INVALID_CA", 25: "PATH_LENGTH_EXCEEDED",
    26: "INVALID_PURPOSE", 27: "CERT_UNTRUSTED", 28: "CERT_REJECTED", 29: "SUBJECT_ISSUER_MISMATCH",
    30: "AKID_SKID_MISMATCH", 31: "AKID_ISSUER_SERIAL_MISMATCH", 32: "KEYUSAGE_NO_CERTSIGN",
    50: "APPLICATION_VERIFICATION", 62: "HOSTNAME_MISMATCH", 64: "IP_ADDRESS_MISMATCH",
}


def verify_error(sslobj: ssl.SSLObject, server_side: bool = False) -> dict[str, str] | None:
    """None when the chain verified, else {code, message} as Node's `verifyError()` gives them.
    No peer certificate at all: Node reports UNABLE_TO_GET_ISSUER_CERT on a server (a client
    that sent none, also after a TLS 1.2 resumption or renegotiation), UNSPECIFIED on a client,
    nothing for a resumed TLS 1.3 session."""
    if not _openssl.has_peer_certificate(sslobj):
        if sslobj.session_reused and sslobj.version() == "TLSv1.3":
            return None     # Node: TLS 1.3 PSK resumption needs no certificate; 1.2 still does
        code = 2 if server_side else 1
    else:
        code = _openssl.verify_result(sslobj)
        if code == 20 and _sent_only_leaf(sslobj):
            code = 21   # what OpenSSL reports when Node verifies (VERIFY_PEER + accept-all callback)
    if code == 0:
        return None
    return {"code": X509_CODES.get(code, f"X509_V_ERR_{code}"), "message": _openssl.verify_error_string(code)}


def _sent_only_leaf(sslobj: ssl.SSLObject) -> bool:
    try:
        return len(sslobj._sslobj.get_unverified_chain() or []) <= 1  # type: ignore[attr-defined]
    except (AttributeError, ValueError):
        return True


def _dns_match(pattern: str, host: str) -> bool:
    pattern, host = pattern.lower().rstrip("."), host.lower().rstrip(".")
    if pattern.startswith("*."):
        head, _, rest = host.partition(".")
        return bool(head) and rest == pattern[2:] and "." in rest
    return pattern == host


def check_server_identity(hostname: str, cert: dict[str, Any]) -> dict[str, Any] | None:
    """Node's tls.checkServerIdentity on a Node-shaped certificate: None or an error description
    (`ERR_TLS_CERT_ALTNAME_INVALID` with Node's reason text)."""
    alt = cert.get("subjectaltname") or ""
    entries = [e.strip() for e in alt.split(",") if e.strip()]
    dns = [e[4:] for e in entries if e.startswith("DNS:")]
    ips = [e[11:] for e in entries if e.startswith("IP Address:")]
    host = hostname[1:-1] if hostname.startswith("[") else hostname
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        ip = None
    if ip is not None:
        ok = any(ipaddress.ip_address(x) == ip for x in ips if _is_ip(x))
        reason = f"IP: {host} is not in the cert's list: {', '.join(ips)}"
    elif dns:
        ok = any(_dns_match(d, host) for d in dns)
        reason = f"Host: {host}. is not in the cert's altnames: {alt}"
    else:
        cn = (cert.get("subject") or {}).get("CN")
        cns = cn if isinstance(cn, list) else [cn] if cn else []
        ok = any(_dns_match(c, host) for c in cns)
        reason = f"Host: {host}. is not cert's CN: {cns[0] if cns else ''}" if cns else "Cert does not contain a DNS name"
    if ok:
        return None
    return {"code": "ERR_TLS_CERT_ALTNAME_INVALID", "reason": reason, "host": host,
            "message": f"Hostname/IP does not match certificate's altnames: {reason}"}


def _is_ip(s: str) -> bool:
    try:
        ipaddress.ip_address(s)
        return True
    except ValueError:
        return False
