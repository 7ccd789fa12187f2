"""Python side of Node's `crypto` (the part nodecompat builds): digests and HMAC on OpenSSL's
names (hashlib/hmac), random bytes (secrets), X.509 certificates (ctypes OpenSSL + `cryptography`).
js/crypto.js is the facade; docs/crypto.md lists what is and is not built."""
