"""`internalBinding('crypto')` for js/crypto.js. Bytes from JS arrive as Uint8Array views and are
copied at once; bytes to JS cross as base64 text (Python bytes reach JS as an unusable proxy).
Hash objects are handles JS holds and passes back; nothing here keeps a JS value."""
from __future__ import annotations

import base64
import hashlib
import hmac as _hmac
import json
import secrets
import socket
from typing import TYPE_CHECKING, Any, Callable

from ..net.binding import nil
from ..runtime.bindings import binding
from ..tls import peercert
from ..tls.binding import cert_json
from . import _evp, hashing, x509

if TYPE_CHECKING:
    from ..runtime.host import Host


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode()


@binding("crypto")
def make_crypto_binding(host: "Host") -> dict[str, Callable[..., Any]]:
    def hash_new(name: Any, output_length: Any) -> Any:
        return hashing.new_hash(str(name), None if nil(output_length) else int(output_length))

    def hmac_new(name: Any, key: Any) -> Any:
        return hashing.new_hmac(str(name), bytes(key))

    def hash_update(h: hashing.Hash, data: Any) -> None:
        h.update(bytes(data))

    def hash_digest(h: hashing.Hash) -> str:
        return _b64(h.digest())

    def hash_copy(h: hashing.Hash, output_length: Any) -> hashing.Hash:
        return h.copy(None if nil(output_length) else int(output_length))

    def get_hashes() -> str:
        return json.dumps(list(_evp.hash_names()))

    def random_bytes(n: Any) -> str:
        return _b64(secrets.token_bytes(int(n)))

    def timing_safe_equal(a: Any, b: Any) -> bool:
        return _hmac.compare_digest(bytes(a), bytes(b))

    def x509_parse(data: Any) -> str:
        """{der: base64} or {error: {code, message, library, reason}}."""
        got = x509.parse(bytes(data))
        return json.dumps({"error": got} if isinstance(got, dict) else {"der": _b64(got)})

    def x509_info(der: Any) -> str:
        return json.dumps(x509.info(bytes(der)))

    def x509_legacy(der: Any) -> str:
        return cert_json(peercert.from_der(bytes(der)))

    def x509_check_host(der: Any, name: Any, flags: Any) -> Any:
        return x509.check_host(bytes(der), str(name), int(flags))

    def x509_check_email(der: Any, email: Any, flags: Any) -> bool:
        return x509.check_email(bytes(der), str(email), int(flags))

    def x509_check_ip(der: Any, ip: Any) -> Any:
        """true/false, or null for a string that is not an IP address (Node: "Invalid IP")."""
        text = str(ip)
        for family in (socket.AF_INET, socket.AF_INET6):
            try:
                packed = socket.inet_pton(family, text)
            except OSError:
                continue
            return x509.check_ip(bytes(der), packed)
        return None

    def x509_check_issued(der: Any, issuer_der: Any) -> bool:
        return x509.check_issued(bytes(issuer_der), bytes(der))

    def offload(work: Callable[[], Any], cb: Any) -> bool:
        """Run `work` on the thread pool (Node's crypto jobs) and call cb(result) on the loop; the
        pending handle keeps the process alive meanwhile."""
        assert host.registry is not None and host.loop is not None
        handle = host.registry.handle("crypto")
        fut = host.loop.run_in_executor(None, work)

        def done(f: Any) -> None:
            handle.close()
            host.call(cb, f.result())
        fut.add_done_callback(done)
        return True

    def pbkdf2(password: Any, salt: Any, iterations: Any, keylen: Any, digest: Any, cb: Any) -> Any:
        """PBKDF2-HMAC. Unknown digest: None (JS throws ERR_CRYPTO_INVALID_DIGEST). Otherwise the
        key (base64), or False when OpenSSL fails ("Deriving bits failed"); with `cb`, cb(that)
        later from the thread pool, as Node's PBKDF2Job."""
        d = _evp.digest(str(digest))
        if d is None:
            return None
        args = (d[0], bytes(password), bytes(salt), int(iterations), int(keylen))

        def work() -> Any:
            name, pw, sa, it, n = args
            if n == 0:
                return _b64(b"")
            try:
                return _b64(hashlib.pbkdf2_hmac(name, pw, sa, it, n))
            except (ValueError, OverflowError):
                return False
        return work() if nil(cb) else offload(work, cb)

    def hkdf(digest: Any, key: Any, salt: Any, info: Any, length: Any, cb: Any) -> Any:
        """RFC 5869 HKDF: base64 key; None for an unknown digest, False for a length over
        255 hash lengths (JS throws Node's errors); with `cb`, cb(key) later from the thread pool."""
        d = _evp.digest(str(digest))
        if d is None or d[2]:
            return None
        n = int(length)
        if n > 255 * d[1]:
            return False
        args = (d[0], bytes(key), bytes(salt), bytes(info), n)

        def work() -> str:
            name, ikm, sa, inf, size = args
            return _b64(hashing.hkdf(name, ikm, sa, inf, size))
        return work() if nil(cb) else offload(work, cb)

    def scrypt(password: Any, salt: Any, keylen: Any, params: Any, cb: Any) -> Any:
        """params = [N, r, p, maxmem]. {error: Node's "Invalid scrypt params…" message} when OpenSSL
        refuses them; else the key (base64), or False if the derivation fails; with `cb`,
        cb(that) later from the thread pool."""
        n, r, p, maxmem = (int(x) for x in params)
        bad = _evp.scrypt_params_error(n, r, p, maxmem)
        if bad is not None:
            return {"error": bad}
        args = (bytes(password), bytes(salt), n, r, p, maxmem, int(keylen))

        def work() -> Any:
            got = _evp.scrypt(*args)
            return False if got is None else _b64(got)
        return work() if nil(cb) else offload(work, cb)

    return {"pbkdf2": pbkdf2, "hkdf": hkdf, "scrypt": scrypt, "hashNew": hash_new, "hmacNew": hmac_new, "hashUpdate": hash_update,
            "hashDigest": hash_digest, "hashCopy": hash_copy, "getHashes": get_hashes,
            "randomBytes": random_bytes, "timingSafeEqual": timing_safe_equal,
            "x509Parse": x509_parse, "x509Info": x509_info, "x509Legacy": x509_legacy,
            "x509CheckHost": x509_check_host, "x509CheckEmail": x509_check_email,
            "x509CheckIP": x509_check_ip, "x509CheckIssued": x509_check_issued}
