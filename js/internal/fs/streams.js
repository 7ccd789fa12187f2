'use strict';
// fs.ReadStream / fs.WriteStream on readable-stream, driven by the callback fs API (each read or
// write is one executor request; the stream's open request keeps the process alive).

const { Buffer } = require('buffer');
const { Readable, Writable, finished } = require('stream');
const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');
const { validateInteger } = require('internal/validators');
const { getOptions, getValidatedPath } = require('internal/fs/utils');

let fsMod;
const fs = () => (fsMod ??= require('fs'));

function commonSetup(stream, path, options, defaultFlags) {
  stream.fd = options.fd === undefined ? null : options.fd;
  stream.path = stream.fd === null ? getValidatedPath(path) : undefined;
  stream.flags = options.flags === undefined ? defaultFlags : options.flags;
  stream.mode = options.mode === undefined ? 0o666 : options.mode;
  stream.start = options.start;
  stream.pos = undefined;
  if (stream.start !== undefined) {
    validateInteger(stream.start, 'start', 0);
    stream.pos = stream.start;
  }
  stream.autoClose = options.autoClose === undefined ? true : options.autoClose;
}

function construct(stream, callback) {
  if (typeof stream.fd === 'number') return callback();
  fs().open(stream.path, stream.flags, stream.mode, (er, fd) => {
    if (er) {
      callback(er);
      return;
    }
    stream.fd = fd;
    callback();
    stream.emit('open', stream.fd);
    stream.emit('ready');
  });
}

function close(stream, err, cb) {
  if (stream.fd === null || stream.fd === undefined || !stream.autoClose) {
    cb(err);
    return;
  }
  const fd = stream.fd;
  stream.fd = null;
  fs().close(fd, (er) => cb(er || err));
}

class ReadStream extends Readable {
  constructor(path, options) {
    options = { ...getOptions(options, {}) };
    if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
    if (options.autoDestroy === undefined) options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
    super(options);
    commonSetup(this, path, options, 'r');
    this.end = options.end === undefined ? Infinity : options.end;
    if (this.end !== Infinity) {
      validateInteger(this.end, 'end', 0);
      if (this.start !== undefined && this.start > this.end) {
        throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
      }
    }
    this.bytesRead = 0;
  }
  get pending() { return this.fd === null; }
  _construct(callback) { construct(this, callback); }
  _read(n) {
    n = this.pos !== undefined ?
      Math.min(this.end - this.pos + 1, n) :
      Math.min(this.end - this.bytesRead + 1, n);
    if (n <= 0) {
      this.push(null);
      return;
    }
    const buf = Buffer.allocUnsafeSlow(n);
    fs().read(this.fd, buf, 0, n, this.pos, (er, bytesRead, b) => {
      if (er) {
        this.destroy(er);
      } else if (bytesRead > 0) {
        if (this.pos !== undefined) this.pos += bytesRead;
        this.bytesRead += bytesRead;
        this.push(bytesRead !== b.length ? Buffer.from(b.subarray(0, bytesRead)) : b);
      } else {
        this.push(null);
      }
    });
  }
  _destroy(err, cb) { close(this, err, cb); }
  close(cb) {
    if (typeof cb === 'function') finished(this, cb);
    this.destroy();
  }
}

class WriteStream extends Writable {
  constructor(path, options) {
    options = { ...getOptions(options, {}) };
    options.decodeStrings = true;
    if (options.autoDestroy === undefined) options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
    super(options);
    commonSetup(this, path, options, 'w');
    this.bytesWritten = 0;
  }
  get pending() { return this.fd === null; }
  _construct(callback) { construct(this, callback); }
  _write(data, encoding, cb) {
    fs().write(this.fd, data, 0, data.length, this.pos, (er, bytes) => {
      if (er) return cb(er);
      this.bytesWritten += bytes;
      cb();
    });
    if (this.pos !== undefined) this.pos += data.length;
  }
  _writev(chunks, cb) {
    const data = Buffer.concat(chunks.map((c) => c.chunk));
    this._write(data, 'buffer', cb);
  }
  _destroy(err, cb) { close(this, err, cb); }
  close(cb) {
    if (cb) {
      if (this.closed) {
        process.nextTick(cb);
        return;
      }
      this.on('close', cb);
    }
    if (!this.autoClose) this.on('finish', this.destroy);
    this.end();
  }
  destroySoon() { this.end(); }
}

module.exports = { ReadStream, WriteStream };
