'use strict';
// Node's `zlib` (deflate/inflate/gzip/gunzip/raw/unzip: streams, callback and sync forms, crc32)
// over internalBinding('zlib') (Python's zlib). Brotli is not built: Python's standard library
// has no brotli codec, so the Brotli* names are absent rather than fake (docs/grpc.md).

const { Buffer, kMaxLength } = require('buffer');
const { Transform, finished } = require('stream');
const {
  codes: { ERR_BUFFER_TOO_LARGE, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
  hideStackFrames,
} = require('internal/errors');
const { validateFunction, validateNumber } = require('internal/validators');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/util/types');

const binding = internalBinding('zlib');

const constants = {
  __proto__: null,
  Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5,
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
  Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1,
  Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0, ZLIB_VERNUM: 4880,
  DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7,
  BROTLI_DECODE: 8, BROTLI_ENCODE: 9,
  Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15,
  Z_MIN_CHUNK: 64, Z_MAX_CHUNK: Infinity, Z_DEFAULT_CHUNK: 16384,
  Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9, Z_DEFAULT_MEMLEVEL: 8,
  Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1,
};
Object.freeze(constants);

const {
  Z_NO_FLUSH, Z_BLOCK, Z_FULL_FLUSH, Z_FINISH, Z_SYNC_FLUSH,
  Z_MIN_CHUNK, Z_DEFAULT_CHUNK, Z_MIN_WINDOWBITS, Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS,
  Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_COMPRESSION, Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL,
  Z_DEFAULT_MEMLEVEL, Z_DEFAULT_STRATEGY, Z_FIXED,
  DEFLATE, INFLATE, GZIP, GUNZIP, DEFLATERAW, INFLATERAW, UNZIP,
} = constants;

const codes = {
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
};
for (const ckey of Object.keys(codes)) codes[codes[ckey]] = ckey;
Object.freeze(codes);

const kFlushFlag = Symbol('kFlushFlag');
const kError = Symbol('kError');

// ---- options, as Node's lib/zlib.js checks them -------------------------------------------

function checkFiniteNumber(number, name) {
  if (number === undefined) return false;
  if (Number.isFinite(number)) return true;
  if (Number.isNaN(number)) return false;
  validateNumber(number, name);
  throw new ERR_OUT_OF_RANGE(name, 'a finite number', number);
}

const checkRangesOrGetDefault = hideStackFrames((number, name, lower, upper, def) => {
  if (!checkFiniteNumber(number, name)) return def;
  if (number < lower || number > upper) {
    throw new ERR_OUT_OF_RANGE(name, `>= ${lower} and <= ${upper}`, number);
  }
  return number;
});

function toBuffer(buffer) {
  if (typeof buffer === 'string') return Buffer.from(buffer);
  if (isArrayBufferView(buffer)) return Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  if (isAnyArrayBuffer(buffer)) return Buffer.from(buffer);
  throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], buffer);
}

function zlibError(errno, message) {
  const error = new Error(message);
  error.errno = errno;
  error.code = codes[errno];
  return error;
}

// ---- the stream ---------------------------------------------------------------------------

function ZlibBase(opts, mode, handle, { flush, finishFlush, fullFlush }) {
  let chunkSize = Z_DEFAULT_CHUNK;
  let maxOutputLength = kMaxLength;
  if (opts) {
    chunkSize = opts.chunkSize;
    if (!checkFiniteNumber(chunkSize, 'options.chunkSize')) {
      chunkSize = Z_DEFAULT_CHUNK;
    } else if (chunkSize < Z_MIN_CHUNK) {
      throw new ERR_OUT_OF_RANGE('options.chunkSize', `>= ${Z_MIN_CHUNK}`, chunkSize);
    }
    flush = checkRangesOrGetDefault(opts.flush, 'options.flush', Z_NO_FLUSH, Z_BLOCK, flush);
    finishFlush = checkRangesOrGetDefault(opts.finishFlush, 'options.finishFlush', Z_NO_FLUSH, Z_BLOCK,
                                          finishFlush);
    maxOutputLength = checkRangesOrGetDefault(opts.maxOutputLength, 'options.maxOutputLength', 1,
                                              kMaxLength, kMaxLength);
    if (opts.encoding || opts.objectMode || opts.writableObjectMode) {
      opts = { ...opts, encoding: null, objectMode: false, writableObjectMode: false };
    }
  }
  Transform.call(this, { autoDestroy: true, ...opts });
  this[kError] = null;
  this.bytesWritten = 0;
  this._handle = handle;
  this._outBuffer = Buffer.allocUnsafe(chunkSize);
  this._outOffset = 0;
  this._chunkSize = chunkSize;
  this._defaultFlushFlag = flush;
  this._finishFlushFlag = finishFlush;
  this._defaultFullFlushFlag = fullFlush;
  this._info = opts && opts.info;
  this._maxOutputLength = maxOutputLength;
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', {
  __proto__: null, configurable: true, enumerable: true,
  get() { return !this._handle; },
});

ZlibBase.prototype.reset = function() {
  if (!this._handle) throw new Error('zlib binding closed');
  binding.reset(this._handle);
};

ZlibBase.prototype.flush = function(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    const marker = Buffer.alloc(0);
    marker[kFlushFlag] = kind;
    this.write(marker, '', callback);
  }
};

ZlibBase.prototype.close = function(callback) {
  if (callback) finished(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function(err, callback) {
  this._handle = null;
  callback(err);
};

// Runs one chunk through the codec; returns the output chunks or throws the zlib error.
function processChunk(self, chunk, flushFlag) {
  const handle = self._handle;
  if (!handle) throw new Error('zlib binding closed');
  const err = binding.write(handle, chunk.length ? chunk : false, flushFlag);
  self.bytesWritten += chunk.length;
  const out = [];
  for (;;) {
    const buf = Buffer.allocUnsafe(self._chunkSize);
    const n = binding.read(handle, buf);
    if (n === 0) break;
    out.push(n === buf.length ? buf : buf.subarray(0, n));
  }
  if (err) {
    const [errno, message] = err;
    throw zlibError(errno, message);
  }
  return out;
}

ZlibBase.prototype._transform = function(chunk, encoding, cb) {
  let flushFlag = this._defaultFlushFlag;
  if (typeof chunk[kFlushFlag] === 'number') {
    flushFlag = chunk[kFlushFlag];
  } else if (this.writableEnded && this.writableLength === chunk.byteLength) {
    // the last chunk before end(): finish with it
    flushFlag = this._finishFlushFlag;
  }
  let out;
  let error = null;
  try {
    out = processChunk(this, chunk, flushFlag);
  } catch (err) {
    error = this[kError] = err;
  }
  // Node's codec runs on the threadpool and reports back in the poll phase: deliver likewise,
  // after the current ticks and promise jobs
  setImmediate(() => {
    if (error) return cb(error);
    for (const b of out) this.push(b);
    cb();
  });
};

ZlibBase.prototype._flush = function(cb) {
  this._transform(Buffer.alloc(0), '', cb);
};

function processChunkSync(self, chunk) {
  let out;
  try {
    out = processChunk(self, chunk, self._finishFlushFlag);
  } catch (err) {
    // the error is thrown, not emitted (an 'error' event nobody listens to would crash)
    self[kError] = err;
    self.destroy();
    throw err;
  }
  let nread = 0;
  for (const b of out) nread += b.length;
  if (nread > self._maxOutputLength) {
    self.close();
    throw new ERR_BUFFER_TOO_LARGE(self._maxOutputLength);
  }
  self.bytesWritten = chunk.length;
  self.close();
  const buffer = Buffer.concat(out, nread);
  return self._info ? { buffer, engine: self } : buffer;
}

function Zlib(opts, mode) {
  let windowBits = Z_DEFAULT_WINDOWBITS;
  let level = Z_DEFAULT_COMPRESSION;
  let memLevel = Z_DEFAULT_MEMLEVEL;
  let strategy = Z_DEFAULT_STRATEGY;
  let dictionary;
  if (opts) {
    // windowBits 0 means "use the header's" for the decoders, as zlib allows
    if ((mode === INFLATE || mode === GUNZIP || mode === UNZIP) && opts.windowBits === 0) {
      windowBits = 0;
    } else {
      windowBits = checkRangesOrGetDefault(opts.windowBits, 'options.windowBits', Z_MIN_WINDOWBITS,
                                           Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS);
    }
    level = checkRangesOrGetDefault(opts.level, 'options.level', Z_MIN_LEVEL, Z_MAX_LEVEL,
                                    Z_DEFAULT_COMPRESSION);
    memLevel = checkRangesOrGetDefault(opts.memLevel, 'options.memLevel', Z_MIN_MEMLEVEL,
                                       Z_MAX_MEMLEVEL, Z_DEFAULT_MEMLEVEL);
    strategy = checkRangesOrGetDefault(opts.strategy, 'options.strategy', Z_DEFAULT_STRATEGY,
                                       Z_FIXED, Z_DEFAULT_STRATEGY);
    dictionary = opts.dictionary;
    if (dictionary !== undefined && !isArrayBufferView(dictionary)) {
      if (isAnyArrayBuffer(dictionary)) {
        dictionary = Buffer.from(dictionary);
      } else {
        throw new ERR_INVALID_ARG_TYPE('options.dictionary',
                                       ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], dictionary);
      }
    }
  }
  // zlib refuses a raw deflate window of 8; it has always meant 9
  if (mode === DEFLATERAW && windowBits === 8) windowBits = 9;
  const handle = binding.create(mode, level, windowBits || 15, memLevel, strategy, dictionary ?? false);
  if (Array.isArray(handle)) throw zlibError(handle[0], handle[1]);
  ZlibBase.call(this, opts, mode, handle, {
    flush: Z_NO_FLUSH, finishFlush: Z_FINISH, fullFlush: Z_FULL_FLUSH,
  });
  this._level = level;
  this._strategy = strategy;
}
Object.setPrototypeOf(Zlib.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zlib, ZlibBase);

Zlib.prototype.params = function params(level, strategy, callback) {
  checkRangesOrGetDefault(level, 'level', Z_MIN_LEVEL, Z_MAX_LEVEL);
  checkRangesOrGetDefault(strategy, 'strategy', Z_DEFAULT_STRATEGY, Z_FIXED);
  if (this._level !== level || this._strategy !== strategy) {
    this.flush(Z_SYNC_FLUSH, () => {
      if (this._handle) binding.params(this._handle, level, strategy);
      this._level = level;
      this._strategy = strategy;
      if (callback) callback();
    });
  } else if (callback) {
    process.nextTick(callback);
  }
};

function makeClass(name, mode) {
  // function constructors, callable without `new`, like Node's
  const ctor = {
    [name]: function(opts) {
      if (!(this instanceof ctor)) return new ctor(opts);
      Zlib.call(this, opts, mode);
    },
  }[name];
  Object.setPrototypeOf(ctor.prototype, Zlib.prototype);
  Object.setPrototypeOf(ctor, Zlib);
  return ctor;
}

const Deflate = makeClass('Deflate', DEFLATE);
const Inflate = makeClass('Inflate', INFLATE);
const Gzip = makeClass('Gzip', GZIP);
const Gunzip = makeClass('Gunzip', GUNZIP);
const DeflateRaw = makeClass('DeflateRaw', DEFLATERAW);
const InflateRaw = makeClass('InflateRaw', INFLATERAW);
const Unzip = makeClass('Unzip', UNZIP);

// ---- callback and sync forms ---------------------------------------------------------------

function zlibBuffer(engine, buffer, callback) {
  validateFunction(callback, 'callback');
  buffer = toBuffer(buffer);
  const buffers = [];
  let nread = 0;
  engine.on('data', (chunk) => {
    buffers.push(chunk);
    nread += chunk.length;
    if (nread > engine._maxOutputLength) {
      engine.removeAllListeners('end');
      engine.close();
      callback(new ERR_BUFFER_TOO_LARGE(engine._maxOutputLength));
    }
  });
  engine.on('error', (err) => {
    engine.removeAllListeners('end');
    callback(err);
  });
  engine.on('end', () => {
    const buffer = Buffer.concat(buffers, nread);
    engine.close();
    callback(null, engine._info ? { buffer, engine } : buffer);
  });
  engine.end(buffer);
}

function zlibBufferSync(engine, buffer) {
  return processChunkSync(engine, toBuffer(buffer));
}

function createConvenienceMethod(ctor, sync) {
  if (sync) {
    return function syncBufferWrapper(buffer, opts) {
      return zlibBufferSync(new ctor(opts), buffer);
    };
  }
  return function asyncBufferWrapper(buffer, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    return zlibBuffer(new ctor(opts), buffer, callback);
  };
}

function crc32(data, value = 0) {
  if (typeof data !== 'string' && !isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView', 'string'], data);
  }
  validateNumber(value, 'value', 0, 2 ** 32 - 1);
  const buf = typeof data === 'string' ? Buffer.from(data) :
    new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return binding.crc32(buf, value);
}

module.exports = {
  crc32,
  Deflate, Inflate, Gzip, Gunzip, DeflateRaw, InflateRaw, Unzip,
  deflate: createConvenienceMethod(Deflate, false),
  deflateSync: createConvenienceMethod(Deflate, true),
  gzip: createConvenienceMethod(Gzip, false),
  gzipSync: createConvenienceMethod(Gzip, true),
  deflateRaw: createConvenienceMethod(DeflateRaw, false),
  deflateRawSync: createConvenienceMethod(DeflateRaw, true),
  unzip: createConvenienceMethod(Unzip, false),
  unzipSync: createConvenienceMethod(Unzip, true),
  inflate: createConvenienceMethod(Inflate, false),
  inflateSync: createConvenienceMethod(Inflate, true),
  gunzip: createConvenienceMethod(Gunzip, false),
  gunzipSync: createConvenienceMethod(Gunzip, true),
  inflateRaw: createConvenienceMethod(InflateRaw, false),
  inflateRawSync: createConvenienceMethod(InflateRaw, true),
};
for (const [fn, ctor] of [['createDeflate', Deflate], ['createInflate', Inflate],
  ['createDeflateRaw', DeflateRaw], ['createInflateRaw', InflateRaw], ['createGzip', Gzip],
  ['createGunzip', Gunzip], ['createUnzip', Unzip]]) {
  module.exports[fn] = function(options) { return new ctor(options); };
}
Object.defineProperties(module.exports, {
  constants: { __proto__: null, configurable: false, enumerable: true, value: constants },
  codes: { __proto__: null, enumerable: true, writable: false, value: codes },
});
// legacy top-level Z_* constants: read-only, not enumerable
for (const bkey of Object.keys(constants)) {
  if (bkey.startsWith('BROTLI')) continue;
  Object.defineProperty(module.exports, bkey, {
    __proto__: null, enumerable: false, value: constants[bkey], writable: false,
  });
}
