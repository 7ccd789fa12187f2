"""Certificates for the examples, made with trustme: one CA, one leaf for localhost/127.0.0.1/::1.

`localhost-cert.pem` holds the leaf *and* the CA, so the docs' client (`ca: localhost-cert.pem`)
trusts the server as it would the docs' self-signed certificate."""
from __future__ import annotations

from pathlib import Path

import trustme

# names the seed examples read their key material from
KEY_NAMES = ("localhost-privkey.pem", "server-key.pem", "key.pem")
CERT_NAMES = ("localhost-cert.pem", "server-cert.pem", "cert.pem")


def make(dest: Path) -> tuple[bytes, bytes]:
    """Write a fresh key and chain into `dest` (once) and return (key_pem, chain_pem)."""
    dest.mkdir(parents=True, exist_ok=True)
    key_file, cert_file = dest / "key.pem", dest / "chain.pem"
    if not key_file.exists():
        # the CA alone, for NODE_EXTRA_CA_CERTS: examples that pass no `ca` trust it like a public CA
        ca = trustme.CA()
        leaf = ca.issue_cert("localhost", "127.0.0.1", "::1")
        chain = b"".join(b.bytes() for b in leaf.cert_chain_pems) + ca.cert_pem.bytes()
        cert_file.write_bytes(chain)
        key_file.write_bytes(leaf.private_key_pem.bytes())
        (dest / "ca.pem").write_bytes(ca.cert_pem.bytes())
    return key_file.read_bytes(), cert_file.read_bytes()


def install(workdir: Path, key: bytes, chain: bytes) -> None:
    for name in KEY_NAMES:
        (workdir / name).write_bytes(key)
    for name in CERT_NAMES:
        (workdir / name).write_bytes(chain)
