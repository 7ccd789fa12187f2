'use strict';
// scrypt / scryptSync (Node's lib/internal/crypto/scrypt.js) on OpenSSL's EVP_PBE_scrypt.
const {
  codes: { ERR_CRYPTO_SCRYPT_INVALID_PARAMETER },
} = require('internal/errors');
const { validateFunction, validateInt32, validateInteger, validateUint32 } = require('internal/validators');
const { getArrayBufferOrView } = require('internal/crypto/util');
const binding = internalBinding('crypto');

const defaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

function check(password, salt, keylen, options) {
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  validateInt32(keylen, 'keylen', 0);
  let { N, r, p, maxmem } = defaults;
  if (options && options !== defaults) {
    const hasN = options.N !== undefined;
    if (hasN) { N = options.N; validateUint32(N, 'N'); }
    if (options.cost !== undefined) {
      if (hasN) throw new ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
      N = options.cost; validateUint32(N, 'cost');
    }
    const hasR = options.r !== undefined;
    if (hasR) { r = options.r; validateUint32(r, 'r'); }
    if (options.blockSize !== undefined) {
      if (hasR) throw new ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
      r = options.blockSize; validateUint32(r, 'blockSize');
    }
    const hasP = options.p !== undefined;
    if (hasP) { p = options.p; validateUint32(p, 'p'); }
    if (options.parallelization !== undefined) {
      if (hasP) throw new ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
      p = options.parallelization; validateUint32(p, 'parallelization');
    }
    if (options.maxmem !== undefined) {
      maxmem = options.maxmem;
      validateInteger(maxmem, 'maxmem', 0);
    }
    if (N === 0) N = defaults.N;
    if (r === 0) r = defaults.r;
    if (p === 0) p = defaults.p;
    if (maxmem === 0) maxmem = defaults.maxmem;
  }
  return { password, salt, keylen, params: [N, r, p, maxmem] };
}

// Node's C++ error: RangeError with an own `code`
function invalidParams(message) {
  const err = new RangeError(`${message}`);
  err.code = 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS';
  return err;
}

function result(got) {
  if (got === false) return new Error('Deriving bits failed');
  return Buffer.from(`${got}`, 'base64');
}

function scryptSync(password, salt, keylen, options = defaults) {
  const a = check(password, salt, keylen, options);
  const got = binding.scrypt(a.password, a.salt, a.keylen, a.params, null);
  if (got != null && typeof got === 'object') throw invalidParams(got.error);
  const out = result(got);
  if (out instanceof Error) throw out;
  return out;
}

function scrypt(password, salt, keylen, options, callback = defaults) {
  if (callback === defaults) {
    callback = options;
    options = defaults;
  }
  const a = check(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  const got = binding.scrypt(a.password, a.salt, a.keylen, a.params, (key) => {
    const out = result(key);
    if (out instanceof Error) callback.call(undefined, out);
    else callback.call(undefined, null, out);
  });
  if (got != null && typeof got === 'object') throw invalidParams(got.error);
}

module.exports = { scrypt, scryptSync };
