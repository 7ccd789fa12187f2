"""Node's `tls` on Python's ssl: contexts from PEM, handshakes on nodecompat.net connections.

The names below load on first use (PEP 562): the command line imports `nodecompat.tls.extra_ca`
at startup (NODE_EXTRA_CA_CERTS), and importing the whole package there pulled `cryptography`
and the ctypes OpenSSL code into every process (~9 MiB RSS) whether or not it used TLS."""
from __future__ import annotations

from importlib import import_module
from typing import Any

_LAZY = {
    "SecureContextOptions": "context", "create_context": "context", "root_certificates": "context",
    "TLSInfo": "session", "begin_tls": "session", "handshake_error": "session", "start_tls": "session",
    "check_server_identity": "verify",
}

__all__ = sorted(_LAZY)


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
