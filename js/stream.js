'use strict';
// Node's `stream`: readable-stream 4 (lib/stream.js) wired to Node's errors; `require('stream')`
// is the legacy Stream class with Readable, Writable, Duplex, Transform, PassThrough, pipeline,
// finished, compose, addAbortSignal, promises … as properties.

const { Stream, promises } = require('internal/streams/wire');

Object.defineProperty(Stream, 'promises', {
  __proto__: null, configurable: true, enumerable: true,
  get() { return promises; },
});
Stream._isArrayBufferView = (v) => ArrayBuffer.isView(v);

// duplexPair(): two Duplex ends where what one writes the other reads (v20.20 has it).
const kCallback = Symbol('Callback');
const kOther = Symbol('Other');
class DuplexSide extends Stream.Duplex {
  constructor(options) {
    super(options);
    this[kCallback] = null;
    this[kOther] = null;
  }
  _read() {
    const callback = this[kCallback];
    if (callback) {
      this[kCallback] = null;
      callback();
    }
  }
  _write(chunk, encoding, callback) {
    if (chunk.length === 0) {
      process.nextTick(callback);
    } else {
      this[kOther].push(chunk);
      this[kOther][kCallback] = callback;
    }
  }
  _final(callback) {
    this[kOther].on('end', callback);
    this[kOther].push(null);
  }
}
Stream.duplexPair = function duplexPair(options) {
  const side0 = new DuplexSide(options);
  const side1 = new DuplexSide(options);
  side0[kOther] = side1;
  side1[kOther] = side0;
  return [side0, side1];
};

module.exports = Stream;
