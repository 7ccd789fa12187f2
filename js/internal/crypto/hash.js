'use strict';
// crypto.createHash / createHmac / hash (Node's lib/internal/crypto/hash.js) on
// nodecompat/crypto/hashing.py: OpenSSL's digest names and aliases, Node's errors.

const {
  codes: { ERR_CRYPTO_HASH_FINALIZED, ERR_CRYPTO_INVALID_DIGEST, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateString, validateUint32, validateEncoding, normalizeEncoding } = require('internal/validators');
const { LazyTransform } = require('internal/crypto/lazy_transform');
const binding = internalBinding('crypto');

const kHandle = Symbol('kHandle');
const kState = Symbol('kState');
const kFinalized = Symbol('kFinalized');

// Node's C++ decodes strings with an encoding it does not know as UTF-8
function toBytes(data, encoding) {
  const b = typeof data === 'string' ? Buffer.from(data, normalizeEncoding(encoding) || 'utf8') : data;
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

// Node's C++ digest(encoding): a Buffer for 'buffer' or an encoding it does not know
function encodeDigest(b64, outputEncoding) {
  const buf = Buffer.from(`${b64}`, 'base64');
  const enc = normalizeEncoding(`${outputEncoding}`);
  return enc === undefined ? buf : buf.toString(enc);
}

function digestNotSupported() {
  return new Error('Digest method not supported');
}

// The native-handle stand-in (inspected as Node's `Hash {}`); the Python object stays hidden:
// inspecting it would read Python attributes from JS, which leaks (docs/design.md).
const HashHandle = class Hash {
  constructor(algorithm, xofLen) {
    const h = algorithm instanceof HashHandle ?
      binding.hashCopy(algorithm.h, xofLen === undefined ? null : xofLen) :
      binding.hashNew(algorithm, xofLen === undefined ? null : xofLen);
    if (h == null) throw digestNotSupported();
    Object.defineProperty(this, 'h', { value: h });
  }
  update(data, encoding) { binding.hashUpdate(this.h, toBytes(data, encoding)); return true; }
  digest(encoding) { return encodeDigest(binding.hashDigest(this.h), encoding); }
};

function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  if (!(algorithm instanceof HashHandle)) validateString(algorithm, 'algorithm');
  const xofLen = typeof options === 'object' && options !== null ? options.outputLength : undefined;
  if (xofLen !== undefined) validateUint32(xofLen, 'options.outputLength');
  this[kHandle] = new HashHandle(algorithm, xofLen);
  this[kState] = { [kFinalized]: false };
  Reflect.apply(LazyTransform, this, [options]);
}
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);

Hash.prototype.copy = function copy(options) {
  if (this[kState][kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  return new Hash(this[kHandle], options);
};
Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  this[kHandle].update(chunk, encoding);
  callback();
};
Hash.prototype._flush = function _flush(callback) {
  this.push(this[kHandle].digest('buffer'));
  callback();
};
Hash.prototype.update = function update(data, encoding) {
  encoding = encoding || 'utf8';
  if (this[kState][kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  if (typeof data === 'string') {
    validateEncoding(data, encoding);
  } else if (!ArrayBuffer.isView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  this[kHandle].update(data, encoding);
  return this;
};
Hash.prototype.digest = function digest(outputEncoding) {
  if (this[kState][kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  outputEncoding = outputEncoding || 'buffer';
  const ret = this[kHandle].digest(`${outputEncoding}`);
  this[kState][kFinalized] = true;
  return ret;
};

// Node's prepareSecretKey without KeyObject/CryptoKey (not built): strings and buffers
function prepareSecretKey(key, encoding) {
  if (typeof key === 'string') return toBytes(key, encoding || 'utf8');
  if (ArrayBuffer.isView(key)) return toBytes(key);
  if (key instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && key instanceof SharedArrayBuffer)) {
    return new Uint8Array(key);
  }
  throw new ERR_INVALID_ARG_TYPE('key',
    ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'string', 'KeyObject', 'CryptoKey'], key);
}

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  let encoding;
  if (options != null && typeof options === 'object' && options.encoding !== undefined) {
    validateString(options.encoding, 'options.encoding');
    encoding = options.encoding;
  }
  const k = prepareSecretKey(key, encoding);
  const h = binding.hmacNew(hmac, k);
  if (h == null) throw new ERR_CRYPTO_INVALID_DIGEST(hmac);
  this[kHandle] = Object.create(HashHandle.prototype, { h: { value: h } });
  this[kState] = { [kFinalized]: false };
  Reflect.apply(LazyTransform, this, [options]);
}
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hmac, LazyTransform);
Hmac.prototype.update = Hash.prototype.update;
Hmac.prototype.digest = function digest(outputEncoding) {
  outputEncoding = outputEncoding || 'buffer';
  if (this[kState][kFinalized]) {
    const buf = Buffer.from('');
    return outputEncoding === 'buffer' ? buf : buf.toString(outputEncoding);
  }
  const ret = this[kHandle].digest(`${outputEncoding}`);
  this[kState][kFinalized] = true;
  return ret;
};
Hmac.prototype._flush = Hash.prototype._flush;
Hmac.prototype._transform = Hash.prototype._transform;

// crypto.hash(algorithm, data[, outputEncoding]) (Node 20.12+)
function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !ArrayBuffer.isView(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  let normalized = outputEncoding;
  if (outputEncoding !== 'hex') {
    validateString(outputEncoding, 'outputEncoding');
    normalized = normalizeEncoding(outputEncoding);
    if (normalized === undefined) {
      if (outputEncoding.toLowerCase() === 'buffer') normalized = 'buffer';
      else throw new ERR_INVALID_ARG_VALUE('outputEncoding', outputEncoding);
    }
  }
  let h;
  try {
    h = new HashHandle(algorithm, undefined);
  } catch {
    throw new Error(`Digest method ${algorithm} is not supported`);
  }
  h.update(input, 'utf8');
  return h.digest(normalized);
}

function getHashes() {
  return JSON.parse(binding.getHashes());
}

module.exports = { Hash, Hmac, hash, getHashes };
