'use strict';
// pbkdf2 / pbkdf2Sync (Node's lib/internal/crypto/pbkdf2.js): Node's checks, OpenSSL's digest
// names; the async form runs on Python's thread pool and answers on the loop.
const {
  codes: { ERR_CRYPTO_INVALID_DIGEST },
} = require('internal/errors');
const { validateFunction, validateInt32, validateString } = require('internal/validators');
const { getArrayBufferOrView } = require('internal/crypto/util');
const binding = internalBinding('crypto');

function check(password, salt, iterations, keylen, digest) {
  validateString(digest, 'digest');
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  return { password, salt, iterations, keylen, digest };
}

function result(got, digest) {
  if (got == null) throw new ERR_CRYPTO_INVALID_DIGEST(digest);
  if (got === false) return new Error('Deriving bits failed');
  return Buffer.from(`${got}`, 'base64');
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  const a = check(password, salt, iterations, keylen, digest);
  const out = result(binding.pbkdf2(a.password, a.salt, a.iterations, a.keylen, a.digest, null), a.digest);
  if (out instanceof Error) throw out;
  return out;
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  const a = check(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  const started = binding.pbkdf2(a.password, a.salt, a.iterations, a.keylen, a.digest, (got) => {
    const out = result(got, a.digest);
    if (out instanceof Error) callback.call(undefined, out);
    else callback.call(undefined, null, out);
  });
  if (started == null) throw new ERR_CRYPTO_INVALID_DIGEST(a.digest);
}

module.exports = { pbkdf2, pbkdf2Sync };
