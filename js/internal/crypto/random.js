'use strict';
// randomBytes / randomFill(Sync) / randomInt / randomUUID (Node's lib/internal/crypto/random.js)
// on Python's `secrets` (the OS CSPRNG). Async forms answer on a later tick, as Node's threadpool.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateNumber, validateFunction, validateObject, validateBoolean } = require('internal/validators');
const binding = internalBinding('crypto');

const kMaxInt32 = 2 ** 31 - 1;
const kMaxPossibleLength = Math.min(2 ** 32, kMaxInt32);

function assertOffset(offset, elementSize, length) {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const maxLength = Math.min(length, kMaxPossibleLength);
  if (Number.isNaN(offset) || offset > maxLength || offset < 0) {
    throw new ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${maxLength}`, offset);
  }
  return offset >>> 0;
}

function assertSize(size, elementSize, offset, length) {
  validateNumber(size, 'size');
  size *= elementSize;
  if (Number.isNaN(size) || size > kMaxPossibleLength || size < 0) {
    throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxPossibleLength}`, size);
  }
  if (size + offset > length) {
    throw new ERR_OUT_OF_RANGE('size + offset', `<= ${length}`, size + offset);
  }
  return size >>> 0;
}

// fill bytes [offset, offset+size) of an ArrayBuffer(View) with OS randomness
function fill(buf, offset, size) {
  const bytes = Buffer.from(`${binding.randomBytes(size)}`, 'base64');
  const view = ArrayBuffer.isView(buf) ?
    new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength) : new Uint8Array(buf);
  view.set(bytes, offset);
}

function randomBytes(size, callback) {
  size = assertSize(size, 1, 0, Infinity);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const buf = Buffer.alloc(size);
  if (callback === undefined) {
    fill(buf, 0, size);
    return buf;
  }
  setImmediate(() => { fill(buf, 0, size); callback(null, buf); });
  return undefined;
}

function checkBuffer(buf) {
  const isAB = buf instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer !== 'undefined' && buf instanceof SharedArrayBuffer);
  if (!isAB && !ArrayBuffer.isView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  return [elementSize, isAB ? buf.byteLength : buf.byteLength / elementSize];
}

function randomFillSync(buf, offset = 0, size) {
  const [elementSize, length] = checkBuffer(buf);
  offset = assertOffset(offset, elementSize, buf.byteLength);
  if (size === undefined) size = buf.byteLength - offset;
  else size = assertSize(size, elementSize, offset, buf.byteLength);
  if (size > 0) fill(buf, offset, size);
  void length;
  return buf;
}

function randomFill(buf, offset, size, callback) {
  const [elementSize] = checkBuffer(buf);
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = buf.byteLength;
  } else if (typeof size === 'function') {
    validateFunction(callback = size, 'callback');
    offset = assertOffset(offset, elementSize, buf.byteLength);
    size = buf.byteLength - offset;
  } else {
    validateFunction(callback, 'callback');
    offset = assertOffset(offset, elementSize, buf.byteLength);
    if (size === undefined) size = buf.byteLength - offset;
    else size = assertSize(size, elementSize, offset, buf.byteLength);
  }
  validateFunction(callback, 'callback');
  setImmediate(() => { if (size > 0) fill(buf, offset, size); callback(null, buf); });
}

// Node's algorithm: 6-byte draws below the largest multiple of the range, from a cache
const RAND_MAX = 0xFFFF_FFFF_FFFF;
const randomCache = Buffer.alloc(6 * 1024);
let randomCacheOffset = randomCache.length;

function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) throw new ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  const range = max - min;
  if (!(range <= RAND_MAX)) {
    throw new ERR_OUT_OF_RANGE(`max${minNotSpecified ? '' : ' - min'}`, `<= ${RAND_MAX}`, range);
  }
  const randLimit = RAND_MAX - (RAND_MAX % range);
  for (;;) {
    if (randomCacheOffset === randomCache.length) {
      fill(randomCache, 0, randomCache.length);
      randomCacheOffset = 0;
    }
    const x = randomCache.readUIntBE(randomCacheOffset, 6);
    randomCacheOffset += 6;
    if (x < randLimit) {
      const n = (x % range) + min;
      if (isSync) return n;
      process.nextTick(callback, undefined, n);
      return undefined;
    }
  }
}

function randomUUID(options) {
  if (options !== undefined) validateObject(options, 'options');
  const { disableEntropyCache = false } = options || {};
  validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
  const b = randomBytes(16);
  b[6] = (b[6] & 0x0f) | 0x40;     // version 4
  b[8] = (b[8] & 0x3f) | 0x80;     // RFC 4122 variant
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

module.exports = { randomBytes, randomFill, randomFillSync, randomInt, randomUUID };
