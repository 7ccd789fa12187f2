'use strict';
// Node's `crypto`: the part nodecompat builds (docs/crypto.md). Everything else is absent
// (undefined), never a stand-in that returns made-up values.

const {
  codes: { ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH },
} = require('internal/errors');
const { Hash, Hmac, hash, getHashes } = require('internal/crypto/hash');
const { randomBytes, randomFill, randomFillSync, randomInt, randomUUID } = require('internal/crypto/random');
const { X509Certificate } = require('internal/crypto/x509');
const { pbkdf2, pbkdf2Sync } = require('internal/crypto/pbkdf2');
const { hkdf, hkdfSync } = require('internal/crypto/hkdf');
const { scrypt, scryptSync } = require('internal/crypto/scrypt');
const binding = internalBinding('crypto');

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

// Node's C++ check: its own message (no "Received ..." part)
function bufferArg(name, value) {
  if (value instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && value instanceof SharedArrayBuffer)) {
    return new Uint8Array(value);
  }
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  const err = new TypeError(`The "${name}" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
  err.code = 'ERR_INVALID_ARG_TYPE';
  throw err;
}

function timingSafeEqual(buf1, buf2) {
  const a = bufferArg('buf1', buf1);
  const b = bufferArg('buf2', buf2);
  if (a.byteLength !== b.byteLength) throw new ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH();
  return binding.timingSafeEqual(a, b) === true;
}

module.exports = {
  createHash,
  createHmac,
  getHashes,
  hash,
  hkdf,
  hkdfSync,
  pbkdf2,
  pbkdf2Sync,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  scrypt,
  scryptSync,
  timingSafeEqual,
  Hash,
  Hmac,
  X509Certificate,
};
