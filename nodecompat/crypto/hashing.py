"""Hash and Hmac objects for js/crypto.js (handles JS holds; bytes in, bytes out)."""
from __future__ import annotations

import hashlib
import hmac
from typing import Any

from . import _evp


class Hash:
    """A running digest; XOF digests (shake*) take Node's `outputLength` (default: OpenSSL's size)."""

    __slots__ = ("h", "size", "xof")

    def __init__(self, h: Any, size: int, xof: bool) -> None:
        self.h, self.size, self.xof = h, size, xof

    def update(self, data: bytes) -> None:
        self.h.update(data)

    def digest(self) -> bytes:
        return self.h.digest(self.size) if self.xof else self.h.digest()

    def copy(self, size: int | None) -> "Hash":
        return Hash(self.h.copy(), self.size if size is None else size, self.xof)


def new_hash(name: str, output_length: int | None) -> Hash | None:
    """None when OpenSSL does not know `name` (Node: "Digest method not supported")."""
    d = _evp.digest(name)
    if d is None:
        return None
    real, size, xof = d
    try:
        h = hashlib.new(real)
    except ValueError:
        return None
    if output_length is not None and not xof and output_length != size:
        raise ValueError("output length")   # JS checks this first; never reached from JS
    return Hash(h, size if output_length is None else output_length, xof)


def new_hmac(name: str, key: bytes) -> Hash | None:
    d = _evp.digest(name)
    if d is None or d[2]:          # no HMAC over an XOF
        return None
    try:
        return Hash(hmac.new(key, digestmod=d[0]), d[1], False)
    except ValueError:
        return None


def hkdf(name: str, ikm: bytes, salt: bytes, info: bytes, length: int) -> bytes:
    """RFC 5869 extract-then-expand with HMAC over OpenSSL's digest `name` (an empty salt is
    the hash length of zeros, as the RFC says)."""
    size = hashlib.new(name).digest_size
    prk = hmac.new(salt or bytes(size), ikm, name).digest()
    out, block, i = b"", b"", 1
    while len(out) < length:
        block = hmac.new(prk, block + info + bytes([i]), name).digest()
        out += block
        i += 1
    return out[:length]
