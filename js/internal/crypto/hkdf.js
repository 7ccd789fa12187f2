'use strict';
// hkdf / hkdfSync (Node's lib/internal/crypto/hkdf.js) without KeyObject: the key material is a
// string or bytes. The result is an ArrayBuffer, as Node's.
const {
  codes: { ERR_CRYPTO_INVALID_DIGEST, ERR_CRYPTO_INVALID_KEYLEN, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateFunction, validateInteger, validateString } = require('internal/validators');
const { toByteView: bytes } = require('internal/crypto/util');
const binding = internalBinding('crypto');

const kMaxLength = 2 ** 32;


function validateByteSource(v, name) {
  const b = bytes(v);
  if (b === null) throw new ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'], v);
  return b;
}

function validateParameters(hash, key, salt, info, length) {
  validateString(hash, 'digest');
  const ikm = bytes(key);
  if (ikm === null) {
    throw new ERR_INVALID_ARG_TYPE('ikm', ['string', 'SecretKeyObject', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'], key);
  }
  salt = validateByteSource(salt, 'salt');
  info = validateByteSource(info, 'info');
  validateInteger(length, 'length', 0, kMaxLength);
  if (info.byteLength > 1024) throw new ERR_OUT_OF_RANGE('info', 'must not contain more than 1024 bytes', info.byteLength);
  return { hash, ikm, salt, info, length };
}

function toArrayBuffer(got, hash) {
  if (got == null) throw new ERR_CRYPTO_INVALID_DIGEST(hash);
  if (got === false) throw new ERR_CRYPTO_INVALID_KEYLEN();
  const b = Buffer.from(`${got}`, 'base64');
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
}

function hkdfSync(hash, key, salt, info, length) {
  const a = validateParameters(hash, key, salt, info, length);
  return toArrayBuffer(binding.hkdf(a.hash, a.ikm, a.salt, a.info, a.length, null), a.hash);
}

function hkdf(hash, key, salt, info, length, callback) {
  const a = validateParameters(hash, key, salt, info, length);
  validateFunction(callback, 'callback');
  const started = binding.hkdf(a.hash, a.ikm, a.salt, a.info, a.length,
                               (got) => callback.call(undefined, null, toArrayBuffer(got, a.hash)));
  toArrayBuffer(started === true ? '' : started, a.hash);     // Node's job throws these at once
}

module.exports = { hkdf, hkdfSync };
