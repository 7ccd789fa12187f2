'use strict';
// Node v20's `buffer`: npm `buffer` 6 (feross) with Node's argument checks and ERR_* errors,
// `base64url`, `<Buffer …>` inspect output and the v20 module-level extras.

const feross = require('buffer/index.js');
const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_BUFFER_SIZE,
    ERR_OUT_OF_RANGE,
    ERR_MISSING_ARGS,
    ERR_UNKNOWN_ENCODING,
  },
  E,
} = require('internal/errors');
const { validateArray, validateNumber, validateString, normalizeEncoding } = require('internal/validators');

const Buffer = feross.Buffer;
const proto = Buffer.prototype;
const orig = {};
for (const k of Object.getOwnPropertyNames(proto)) orig[k] = proto[k];
const origFrom = Buffer.from;
const origAlloc = Buffer.alloc;
const origAllocUnsafe = Buffer.allocUnsafe;
const origConcat = Buffer.concat;
const origByteLength = Buffer.byteLength;
const origCompare = Buffer.compare;

const kMaxLength = 2 ** 32;
const kStringMaxLength = 536870888;
const INSPECT_MAX_BYTES = 50;
const constants = Object.defineProperties({}, {
  MAX_LENGTH: { __proto__: null, value: kMaxLength, writable: false, enumerable: true },
  MAX_STRING_LENGTH: { __proto__: null, value: kStringMaxLength, writable: false, enumerable: true },
});

const isUint8Array = (v) => v instanceof Uint8Array;
const isAnyArrayBuffer = (v) => v instanceof ArrayBuffer ||
  (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer) ||
  Object.prototype.toString.call(v) === '[object ArrayBuffer]';

// ---- base64url (feross has no such encoding) ---------------------------------------------------
function toBase64Url(s) { return s.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''); }
function fromBase64Url(s) { return s.replace(/-/g, '+').replace(/_/g, '/'); }

function encodingOrThrow(encoding) {
  if (encoding === undefined || encoding === null || encoding === '') return 'utf8';
  const enc = normalizeEncoding(encoding);
  if (enc === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return enc;
}

// ---- statics -------------------------------------------------------------------------------------
Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') {
    const enc = typeof encodingOrOffset === 'string' && encodingOrOffset !== '' ?
      encodingOrThrow(encodingOrOffset) : 'utf8';
    if (enc === 'base64url') return origFrom.call(Buffer, fromBase64Url(value), 'base64');
    return origFrom.call(Buffer, value, enc);
  }
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) {
      const maxLength = value.byteLength;
      let offset = encodingOrOffset;
      if (offset === undefined) offset = 0;
      else {
        offset = +offset;
        if (offset !== offset) offset = 0;
      }
      if (offset > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
      if (length === undefined) length = maxLength - offset;
      else {
        length = +length;
        if (length > 0) {
          if (length > maxLength - offset) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
        } else {
          length = 0;
        }
      }
      return origFrom.call(Buffer, value, offset, length);
    }
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value && (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return Buffer.from(valueOf, encodingOrOffset, length);
    }
    if (value.length !== undefined || isAnyArrayBuffer(value.buffer)) {
      if (typeof value.length !== 'number') return origAlloc.call(Buffer, 0);
      return origFrom.call(Buffer, value);
    }
    if (value.type === 'Buffer' && Array.isArray(value.data)) return origFrom.call(Buffer, value.data);
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return Buffer.from(primitive, encodingOrOffset);
    }
  }
  throw new ERR_INVALID_ARG_TYPE('first argument',
                                 ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

function validateSize(size) {
  validateNumber(size, 'size', 0, kMaxLength);
}

Buffer.alloc = function alloc(size, fill, encoding) {
  validateSize(size);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = origAllocUnsafe.call(Buffer, size);
    return buf.fill(fill, 0, buf.length, encoding);
  }
  return origAlloc.call(Buffer, size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateSize(size);
  return origAllocUnsafe.call(Buffer, size);
};
Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateSize(size);
  return origAllocUnsafe.call(Buffer, size);
};

Buffer.concat = function concat(list, length) {
  validateArray(list, 'list');
  if (list.length === 0) return origAlloc.call(Buffer, 0);
  for (let i = 0; i < list.length; i++) {
    if (!isUint8Array(list[i])) throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
  }
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) length += list[i].length;
  } else {
    validateOffset(length, 'length');
  }
  const buffer = origAlloc.call(Buffer, length);
  let pos = 0;
  for (let i = 0; i < list.length && pos < length; i++) {
    const b = list[i];
    const n = Math.min(b.length, length - pos);
    buffer.set(n === b.length ? b : b.subarray(0, n), pos);
    pos += n;
  }
  return buffer;
};

Buffer.byteLength = function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const enc = normalizeEncoding(encoding) || 'utf8';
  if (enc === 'base64url') return origByteLength.call(Buffer, fromBase64Url(string), 'base64');
  return origByteLength.call(Buffer, string, enc);
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  return origCompare.call(Buffer, buf1, buf2);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && normalizeEncoding(encoding) !== undefined;
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset = 0, length) {
  if (!ArrayBuffer.isView(view) || view instanceof DataView) {
    throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  }
  const end = length === undefined ? view.length : offset + length;
  const src = view.subarray(offset, end);
  return origFrom.call(Buffer, new Uint8Array(src.buffer, src.byteOffset, src.byteLength));
};

Buffer.poolSize = 8192;

// ---- bounds checks (Node's lib/internal/buffer.js) ---------------------------------------------
function validateOffset(value, name, min = 0, max = kMaxLength) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type || 'offset');
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

function checkBounds(buf, offset, byteLength) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + byteLength] === undefined) {
    boundsError(offset, buf.length - (byteLength + 1));
  }
}

function checkInt(value, min, max, buf, offset, byteLength) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (byteLength > 3) {
      if (min === 0 || min === 0n) {
        range = `>= 0${n} and < 2${n} ** ${(byteLength + 1) * 8}${n}`;
      } else {
        range = `>= -(2${n} ** ${(byteLength + 1) * 8 - 1}${n}) and < 2${n} ** ${(byteLength + 1) * 8 - 1}${n}`;
      }
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
  checkBounds(buf, offset, byteLength);
}

function checkByteLength(byteLength) {
  if (byteLength === undefined) throw new ERR_INVALID_ARG_TYPE('byteLength', 'number', byteLength);
  if (!(byteLength >= 1 && byteLength <= 6) || Math.floor(byteLength) !== byteLength) {
    boundsError(byteLength, 6, 'byteLength');
  }
}

const fixedReads = {
  readUInt8: 1, readInt8: 1, readUInt16LE: 2, readUInt16BE: 2, readInt16LE: 2, readInt16BE: 2,
  readUInt32LE: 4, readUInt32BE: 4, readInt32LE: 4, readInt32BE: 4, readFloatLE: 4, readFloatBE: 4,
  readDoubleLE: 8, readDoubleBE: 8, readBigUInt64LE: 8, readBigUInt64BE: 8, readBigInt64LE: 8,
  readBigInt64BE: 8,
};
for (const [name, size] of Object.entries(fixedReads)) {
  const fn = orig[name];
  const wrapped = {
    [name](offset = 0) {
      validateNumber(offset, 'offset');
      if (this[offset] === undefined || this[offset + size - 1] === undefined) {
        boundsError(offset, this.length - size);
      }
      return fn.call(this, offset, true);
    },
  }[name];
  proto[name] = wrapped;
  if (name.includes('UInt')) proto[name.replace('UInt', 'Uint')] = wrapped;
}

for (const name of ['readUIntLE', 'readUIntBE', 'readIntLE', 'readIntBE']) {
  const fn = orig[name];
  const wrapped = {
    [name](offset, byteLength) {
      if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
      checkByteLength(byteLength);
      validateNumber(offset, 'offset');
      if (this[offset] === undefined || this[offset + byteLength - 1] === undefined) {
        boundsError(offset, this.length - byteLength);
      }
      return fn.call(this, offset, byteLength, true);
    },
  }[name];
  proto[name] = wrapped;
  if (name.includes('UInt')) proto[name.replace('UInt', 'Uint')] = wrapped;
}

const intWrites = {
  writeUInt8: [1, 0, 0xff], writeInt8: [1, -0x80, 0x7f],
  writeUInt16LE: [2, 0, 0xffff], writeUInt16BE: [2, 0, 0xffff],
  writeInt16LE: [2, -0x8000, 0x7fff], writeInt16BE: [2, -0x8000, 0x7fff],
  writeUInt32LE: [4, 0, 0xffffffff], writeUInt32BE: [4, 0, 0xffffffff],
  writeInt32LE: [4, -0x80000000, 0x7fffffff], writeInt32BE: [4, -0x80000000, 0x7fffffff],
  writeBigUInt64LE: [8, 0n, 0xffffffffffffffffn], writeBigUInt64BE: [8, 0n, 0xffffffffffffffffn],
  writeBigInt64LE: [8, -(2n ** 63n), 2n ** 63n - 1n], writeBigInt64BE: [8, -(2n ** 63n), 2n ** 63n - 1n],
};
for (const [name, [size, min, max]] of Object.entries(intWrites)) {
  const fn = orig[name];
  const big = typeof min === 'bigint';
  const wrapped = {
    [name](value, offset = 0) {
      if (!big) value = +value;
      checkInt(value, min, max, this, offset, size - 1);
      if (big) return fn.call(this, value, offset);
      return fn.call(this, value, offset, true);
    },
  }[name];
  proto[name] = wrapped;
  if (name.includes('UInt')) proto[name.replace('UInt', 'Uint')] = wrapped;
}

for (const [name, size] of Object.entries({ writeFloatLE: 4, writeFloatBE: 4, writeDoubleLE: 8, writeDoubleBE: 8 })) {
  const fn = orig[name];
  proto[name] = {
    [name](value, offset = 0) {
      value = +value;
      checkBounds(this, offset, size - 1);
      return fn.call(this, value, offset, true);
    },
  }[name];
}

for (const name of ['writeUIntLE', 'writeUIntBE', 'writeIntLE', 'writeIntBE']) {
  const fn = orig[name];
  const signed = !name.includes('UInt');
  const wrapped = {
    [name](value, offset, byteLength) {
      checkByteLength(byteLength);
      value = +value;
      const bits = byteLength * 8;
      const min = signed ? -(2 ** (bits - 1)) : 0;
      const max = signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
      checkInt(value, min, max, this, offset, byteLength - 1);
      return fn.call(this, value, offset, byteLength, true);
    },
  }[name];
  proto[name] = wrapped;
  if (name.includes('UInt')) proto[name.replace('UInt', 'Uint')] = wrapped;
}

// ---- prototype methods with Node's argument errors --------------------------------------------
// feross writes one U+FFFD per bad byte; Node (WHATWG) one per maximal invalid subsequence.
// Re-decode only when a replacement character shows up.
let wellFormedDecoder;
function utf8Slice(buf, start, end) {
  const s = orig.toString.call(buf, 'utf8', start, end);
  if (!s.includes('\ufffd')) return s;
  wellFormedDecoder ??= new (require('internal/util/encoding').OwnTextDecoder)('utf-8', { ignoreBOM: true });
  return wellFormedDecoder.decode(buf.subarray(start, end));
}

proto.toString = function toString(encoding, start, end) {
  if (arguments.length === 0) return utf8Slice(this, 0, this.length);
  const len = this.length;
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = Math.trunc(start) || 0;
  if (end === undefined || end > len) end = len;
  else end = Math.trunc(end) || 0;
  if (end <= start) return '';
  const enc = encoding === undefined ? 'utf8' : encodingOrThrow(encoding);
  if (enc === 'base64url') return toBase64Url(orig.toString.call(this, 'base64', start, end));
  if (enc === 'utf8') return utf8Slice(this, start, end);
  return orig.toString.call(this, enc, start, end);
};
proto.toLocaleString = proto.toString;

proto.write = function write(string, offset, length, encoding) {
  if (typeof string !== 'string') {
    const err = new ERR_INVALID_ARG_TYPE('argument', 'string', string);
    err.message = 'argument must be a string';
    throw err;
  }
  if (offset === undefined) {
    return writeEnc(this, string, 0, this.length, 'utf8');
  }
  if (length === undefined && typeof offset === 'string') {
    return writeEnc(this, string, 0, this.length, offset);
  }
  validateOffset(offset, 'offset', 0, this.length);
  const remaining = this.length - offset;
  if (length === undefined) {
    length = remaining;
  } else if (typeof length === 'string') {
    encoding = length;
    length = remaining;
  } else {
    validateOffset(length, 'length', 0, this.length);
    if (length > remaining) length = remaining;
  }
  return writeEnc(this, string, offset, length, encoding);
};
function writeEnc(buf, string, offset, length, encoding) {
  const enc = encoding === undefined ? 'utf8' : encodingOrThrow(encoding);
  if (enc === 'base64url') return orig.write.call(buf, fromBase64Url(string), offset, length, 'base64');
  return orig.write.call(buf, string, offset, length, enc);
}

proto.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  }
  if (this === otherBuffer) return true;
  if (this.byteLength !== otherBuffer.byteLength) return false;
  return origCompare.call(Buffer, this, otherBuffer) === 0;
};

proto.compare = function compare(target, start, end, thisStart, thisEnd) {
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (start !== undefined) validateOffset(start, 'targetStart');
  if (end !== undefined) validateOffset(end, 'targetEnd', 0, target.length);
  if (thisStart !== undefined) validateOffset(thisStart, 'sourceStart');
  if (thisEnd !== undefined) validateOffset(thisEnd, 'sourceEnd', 0, this.length);
  return orig.compare.call(this, target, start, end, thisStart, thisEnd);
};

proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (targetStart === undefined) targetStart = 0;
  else {
    targetStart = toInteger(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) sourceStart = 0;
  else {
    sourceStart = toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > this.length) {
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${this.length}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) sourceEnd = this.length;
  else {
    sourceEnd = toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  if (sourceEnd > this.length) sourceEnd = this.length;
  if (sourceEnd - sourceStart > target.length - targetStart) sourceEnd = sourceStart + target.length - targetStart;
  const n = sourceEnd - sourceStart;
  target.set(this.subarray(sourceStart, sourceEnd), targetStart);
  return n;
};
function toInteger(n, defaultVal) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return ((n % 1) === 0 ? n : Math.floor(n));
  }
  return defaultVal;
}

proto.fill = function fill(value, offset, end, encoding) {
  if (typeof offset === 'string') {
    encoding = offset;
    offset = 0;
    end = this.length;
  } else if (typeof end === 'string') {
    encoding = end;
    end = this.length;
  }
  if (typeof value === 'string') {
    const enc = encoding === undefined ? 'utf8' : encodingOrThrow(encoding);
    if (value.length === 0) value = 0;
    else if (enc === 'base64url') { value = Buffer.from(value, 'base64url'); encoding = undefined; }
    else encoding = enc;
    if (typeof value !== 'number' && !isUint8Array(value) && Buffer.byteLength(value, encoding) === 0) {
      throw new ERR_INVALID_ARG_VALUE('value', value);
    }
  }
  if (offset === undefined) offset = 0;
  else validateOffset(offset, 'offset');
  if (end === undefined) end = this.length;
  else validateOffset(end, 'end', 0, this.length);
  if (offset >= end) return this;
  if (isUint8Array(value) && value.length === 0) throw new ERR_INVALID_ARG_VALUE('value', value);
  return orig.fill.call(this, value, offset, end, encoding);
};

for (const [name, bits] of [['swap16', 16], ['swap32', 32], ['swap64', 64]]) {
  const fn = orig[name];
  proto[name] = {
    [name]() {
      if (this.length % (bits / 8) !== 0) throw new ERR_INVALID_BUFFER_SIZE(`${bits}-bits`);
      return fn.call(this);
    },
  }[name];
}

for (const name of ['indexOf', 'lastIndexOf', 'includes']) {
  const fn = orig[name];
  proto[name] = {
    [name](val, byteOffset, encoding) {
      if (typeof val !== 'string' && typeof val !== 'number' && !isUint8Array(val)) {
        throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
      }
      if (typeof byteOffset === 'string') { encoding = byteOffset; byteOffset = undefined; }
      if (typeof val === 'string' && encoding !== undefined) {
        const enc = encodingOrThrow(encoding);
        if (enc === 'base64url') { val = Buffer.from(val, 'base64url'); encoding = undefined; }
        else encoding = enc;
      }
      return fn.call(this, val, byteOffset, encoding);
    },
  }[name];
}

proto.toJSON = function toJSON() {
  if (this.length > 0) {
    const data = new Array(this.length);
    for (let i = 0; i < this.length; ++i) data[i] = this[i];
    return { type: 'Buffer', data };
  }
  return { type: 'Buffer', data: [] };
};

for (const enc of ['utf8', 'latin1', 'ascii', 'hex', 'base64', 'base64url', 'ucs2', 'utf16le']) {
  proto[`${enc}Slice`] = function(start, end) { return this.toString(enc, start, end); };
  proto[`${enc}Write`] = function(string, offset = 0, length = this.length - offset) {
    return this.write(string, offset, length, enc);
  };
}
delete proto.inspect;

// util.inspect(buf): <Buffer 68 69 ... 10 more bytes>, as Node prints it.
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
proto[customInspectSymbol] = function inspect(recurseTimes, ctx) {
  const max = module.exports.INSPECT_MAX_BYTES;
  const actualMax = Math.min(max, this.length);
  const remaining = this.length - max;
  let str = orig.toString.call(this, 'hex', 0, actualMax).replace(/(.{2})/g, '$1 ').trim();
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    let extras = false;
    const obj = { __proto__: null };
    for (const key of Object.keys(this)) {
      if (/^(0|[1-9][0-9]*)$/.test(key)) continue;
      extras = true;
      obj[key] = this[key];
    }
    if (extras) {
      const { inspect: utilInspect } = require('internal/util/inspect');
      if (this.length !== 0) str += ', ';
      str += utilInspect(obj, { ...ctx, breakLength: Infinity, compact: true }).slice(27, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
};

// ---- module-level extras ------------------------------------------------------------------------
function SlowBuffer(size) {
  validateSize(size);
  return origAllocUnsafe.call(Buffer, size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

function isUtf8(input) {
  const bytes = viewBytes(input, 'input');
  try {
    new (require('internal/util/encoding').OwnTextDecoder)('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
function isAscii(input) {
  const bytes = viewBytes(input, 'input');
  for (let i = 0; i < bytes.length; i++) if (bytes[i] > 127) return false;
  return true;
}
function viewBytes(input, name) {
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (isAnyArrayBuffer(input)) return new Uint8Array(input);
  throw new ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

const kBase64Chars = /[^A-Za-z0-9+/=\s]/;
function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`.replace(/[\t\n\f\r ]/g, '');
  if (input.length % 4 === 0) input = input.replace(/==?$/, '');
  if (input.length % 4 === 1 || kBase64Chars.test(input) || /=/.test(input)) {
    const DOMEx = globalThis.DOMException;
    if (DOMEx) throw new DOMEx('Invalid character', 'InvalidCharacterError');
    throw new Error('Invalid character');
  }
  return origFrom.call(Buffer, input, 'base64').toString('latin1');
}
function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  for (let n = 0; n < input.length; n++) {
    if (input.charCodeAt(n) > 0xff) {
      const DOMEx = globalThis.DOMException;
      if (DOMEx) throw new DOMEx('Invalid character', 'InvalidCharacterError');
      throw new Error('Invalid character');
    }
  }
  return origFrom.call(Buffer, input, 'latin1').toString('base64');
}

// Blob: the engine's when present, else a small in-memory one.
class OwnBlob {
  #bytes; #type;
  constructor(sources = [], options = {}) {
    if (sources === null || typeof sources !== 'object' || typeof sources[Symbol.iterator] !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    const parts = [];
    for (const s of sources) {
      if (typeof s === 'string') parts.push(Buffer.from(s));
      else if (s instanceof OwnBlob) parts.push(s.#bytes);
      else if (ArrayBuffer.isView(s)) parts.push(Buffer.from(s.buffer, s.byteOffset, s.byteLength));
      else if (isAnyArrayBuffer(s)) parts.push(Buffer.from(s));
      else parts.push(Buffer.from(`${s}`));
    }
    this.#bytes = Buffer.concat(parts);
    this.#type = options?.type ? `${options.type}`.toLowerCase() : '';
  }
  get size() { return this.#bytes.length; }
  get type() { return this.#type; }
  slice(start = 0, end = this.size, type = '') {
    const b = new OwnBlob([]);
    b.#bytes = Buffer.from(this.#bytes.subarray(start, end));
    b.#type = type;
    return b;
  }
  async text() { return this.#bytes.toString('utf8'); }
  async arrayBuffer() {
    const ab = new ArrayBuffer(this.#bytes.length);
    new Uint8Array(ab).set(this.#bytes);
    return ab;
  }
  get [Symbol.toStringTag]() { return 'Blob'; }
  [customInspectSymbol](depth, options) {
    return `Blob { size: ${this.size}, type: '${this.type}' }`;
  }
}

function transcode(source, fromEnc, toEnc) {
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  const from = encodingOrThrow(fromEnc);
  const to = encodingOrThrow(toEnc);
  return Buffer.from(Buffer.from(source).toString(from), to);
}

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants,
  INSPECT_MAX_BYTES,
  Blob: globalThis.Blob || OwnBlob,
  File: globalThis.File,
  resolveObjectURL(url) { return require('internal/url/blob_store').resolveObjectURL(url); },
};
Object.defineProperty(module.exports, 'INSPECT_MAX_BYTES', {
  __proto__: null, enumerable: true, configurable: true,
  get() { return feross.INSPECT_MAX_BYTES; },
  set(val) { validateNumber(val, 'INSPECT_MAX_BYTES', 0); feross.INSPECT_MAX_BYTES = val; },
});
void E; void validateString;
