'use strict';
// `fs/promises`: the callback fs API as promises, plus FileHandle for `open()`.

require('events');
const fs = require('fs');
const { Buffer } = require('buffer');
const { promisify } = require('util');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

const { captureLargerStackTrace } = require('internal/errors');

// Callback errors carry no frames (as in Node); promise rejections in Node show async frames.
function withFrames(err) {
  if (err instanceof Error && typeof err.stack === 'string' && !err.stack.includes('\n    at ')) {
    captureLargerStackTrace(err);
  }
  throw err;
}
const p = (fn) => {
  const pf = promisify(fn);
  return (...args) => pf(...args).catch(withFrames);
};
const kFd = Symbol('kFd');

const pClose = p(fs.close);
const pFstat = p(fs.fstat);
const pFtruncate = p(fs.ftruncate);
const pReadFile = p(fs.readFile);
const pWriteFile = p(fs.writeFile);

class FileHandle extends require('events') {
  constructor(fd) {
    super();
    this[kFd] = fd;
  }
  get fd() { return this[kFd]; }
  async read(buffer, offset, length, position) {
    if (buffer === undefined || (buffer !== null && typeof buffer === 'object' && !ArrayBuffer.isView(buffer))) {
      const opts = buffer || {};
      buffer = opts.buffer ?? Buffer.alloc(16384);
      offset = opts.offset ?? 0;
      length = opts.length ?? buffer.byteLength - offset;
      position = opts.position ?? null;
    }
    const bytesRead = await new Promise((resolve, reject) => {
      fs.read(this[kFd], buffer, offset ?? 0, length ?? buffer.byteLength - (offset ?? 0), position ?? null,
              (err, n) => (err ? reject(err) : resolve(n)));
    });
    return { bytesRead, buffer };
  }
  async write(buffer, offsetOrOptions, length, position) {
    const bytesWritten = await new Promise((resolve, reject) => {
      fs.write(this[kFd], buffer, offsetOrOptions, length, position, (err, n) => (err ? reject(err) : resolve(n)));
    });
    return { bytesWritten, buffer };
  }
  readFile(options) { return pReadFile(this[kFd], options); }
  writeFile(data, options) { return pWriteFile(this[kFd], data, options); }
  appendFile(data, options) { return pWriteFile(this[kFd], data, options); }
  stat(options) { return pFstat(this[kFd], options); }
  truncate(len = 0) { return pFtruncate(this[kFd], len); }
  async close() {
    if (this[kFd] === -1) return;
    const fd = this[kFd];
    this[kFd] = -1;
    await pClose(fd);
    this.emit('close');
  }
  [Symbol.asyncDispose]() { return this.close(); }
}

async function open(path, flags, mode) {
  const fd = await new Promise((resolve, reject) => {
    fs.open(path, flags ?? 'r', mode ?? 0o666, (err, f) => (err ? reject(err) : resolve(f)));
  });
  return new FileHandle(fd);
}

function handleOrPath(path) {
  return path instanceof FileHandle ? path.fd : path;
}

module.exports = {
  access: p(fs.access),
  appendFile: (path, data, options) => p(fs.appendFile)(handleOrPath(path), data, options),
  chmod: p(fs.chmod),
  chown: p(fs.chown),
  copyFile: p(fs.copyFile),
  cp: p(fs.cp),
  lchown: p(fs.lchown),
  lutimes: p(fs.lutimes),
  opendir: p(fs.opendir),
  link: p(fs.link),
  lstat: p(fs.lstat),
  mkdir: p(fs.mkdir),
  mkdtemp: p(fs.mkdtemp),
  open,
  readdir: p(fs.readdir),
  readFile: (path, options) => pReadFile(handleOrPath(path), options),
  readlink: p(fs.readlink),
  realpath: p(fs.realpath),
  rename: p(fs.rename),
  rm: p(fs.rm),
  rmdir: p(fs.rmdir),
  stat: p(fs.stat),
  symlink: p(fs.symlink),
  truncate: p(fs.truncate),
  unlink: p(fs.unlink),
  utimes: p(fs.utimes),
  writeFile: (path, data, options) => pWriteFile(handleOrPath(path), data, options),
  constants: fs.constants,
  lchmod: undefined,
  watch(filename, options) { return require('internal/fs/watchers').watchAsync(filename, options); },
};
void ERR_INVALID_ARG_TYPE;
