"""nodecompat.crypto against independent implementations (the differential programs compare with
node; these pin the Python side on its own)."""
import hashlib

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from nodecompat.crypto import _evp, hashing


def test_hkdf_matches_cryptography() -> None:
    for name, algo, salt in (("SHA256", hashes.SHA256(), b"salt"), ("SHA512", hashes.SHA512(), b""),
                             ("SHA1", hashes.SHA1(), b"\x00" * 3)):
        for length in (1, 20, 64, 255):
            want = HKDF(algorithm=algo, length=length, salt=salt or None, info=b"info").derive(b"ikm")
            assert hashing.hkdf(name, b"ikm", salt, b"info", length) == want


def test_scrypt_matches_hashlib_and_checks_params() -> None:
    assert _evp.scrypt(b"pw", b"salt", 1024, 8, 1, 32 << 20, 24) == hashlib.scrypt(
        b"pw", salt=b"salt", n=1024, r=8, p=1, dklen=24)
    assert _evp.scrypt_params_error(16384, 8, 1, 32 << 20) is None
    assert _evp.scrypt_params_error(1000, 8, 1, 32 << 20) == "Invalid scrypt params"
    assert _evp.scrypt_params_error(16384, 8, 1, 1024).endswith("memory limit exceeded")


def test_hash_objects_copy_and_xof() -> None:
    h = hashing.new_hash("sha512-256", None)
    h.update(b"a")
    c = h.copy(None)
    h.update(b"b")
    assert c.digest() == hashlib.new("sha512_256", b"a").digest()
    assert h.digest() == hashlib.new("sha512_256", b"ab").digest()
    x = hashing.new_hash("shake128", 7)
    x.update(b"z")
    assert x.digest() == hashlib.shake_128(b"z").digest(7)
    assert hashing.new_hash("no-such-digest", None) is None
