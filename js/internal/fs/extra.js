'use strict';
// The less common fs calls: cp, opendir/Dir, readv/writev, fchown/lchown/lutimes.

const {
  codes: { ERR_DIR_CLOSED, ERR_FS_EISDIR, ERR_FS_CP_EEXIST, ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateFunction, validateObject } = require('internal/validators');
const {
  binding, Dirent, getOptions, getValidatedFd, getValidatedPath, isErrorResult, toUnixTimestamp, uvError,
  uvErrorAsync,
} = require('internal/fs/utils');

function cpError(r, src, dest, async) {
  if (r.syscall === 'cp' && r.code === 'EISDIR') {
    return new ERR_FS_EISDIR({ message: `${src} is a directory (not copied)`, path: src, syscall: 'cp', errno: 21, code: 'EISDIR' });
  }
  if (r.syscall === 'cp' && r.code === 'EEXIST') {
    return new ERR_FS_CP_EEXIST({ message: `${dest} already exists`, path: dest, syscall: 'cp', errno: 17, code: 'EEXIST' });
  }
  return async ? uvErrorAsync(r) : uvError(r);
}

function cpArgs(src, dest, options) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  if (options !== undefined) validateObject(options, 'options');
  const { recursive = false, force = true, errorOnExist = false } = options || {};
  return [src, dest, Boolean(recursive), Boolean(force), Boolean(errorOnExist)];
}

function cpSync(src, dest, options) {
  const args = cpArgs(src, dest, options);
  const r = binding.cp(...args);
  if (isErrorResult(r)) throw cpError(r, args[0], args[1], false);
}

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'cb');
  const args = cpArgs(src, dest, options);
  binding.cpAsync(...args, (err) => callback(isErrorResult(err) ? cpError(err, args[0], args[1], true) : null));
}

const kEntries = Symbol('kDirBufferedEntries');
const kPath = Symbol('kDirPath');
const kClosed = Symbol('kDirClosed');

class Dir {
  constructor(path, entries) {
    this[kPath] = path;
    this[kEntries] = entries;
    this[kClosed] = false;
  }
  get path() { return this[kPath]; }
  readSync() {
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    return this[kEntries].shift() ?? null;
  }
  read(callback) {
    if (callback === undefined) {
      return new Promise((resolve, reject) => this.read((err, d) => (err ? reject(err) : resolve(d))));
    }
    validateFunction(callback, 'callback');
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    process.nextTick(callback, null, this[kEntries].shift() ?? null);
  }
  closeSync() {
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    this[kClosed] = true;
  }
  close(callback) {
    if (callback === undefined) {
      return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
    }
    validateFunction(callback, 'callback');
    if (this[kClosed]) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    this[kClosed] = true;
    process.nextTick(callback, null);
  }
  async* entries() {
    try {
      for (;;) {
        const d = this.readSync();
        if (d === null) break;
        yield d;
      }
    } finally {
      if (!this[kClosed]) this.closeSync();
    }
  }
  [Symbol.asyncIterator]() { return this.entries(); }
}

function direntsOf(path, packed) {
  const [namesStr, types] = packed.split('\x01');
  const names = namesStr === '' ? [] : namesStr.split('\0');
  return names.map((n, i) => new Dirent(n, Number(types[i]), path));
}

function opendirSync(path, options) {
  path = getValidatedPath(path);
  getOptions(options);
  const r = binding.readdir(path, true);
  if (isErrorResult(r)) throw uvError({ ...plain(r), syscall: 'opendir' });
  return new Dir(path, direntsOf(path, r));
}

function opendir(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'callback');
  path = getValidatedPath(path);
  binding.readdirAsync(path, true, (err, r) => {
    if (isErrorResult(err)) return callback(uvErrorAsync({ ...plain(err), syscall: 'opendir' }));
    callback(null, new Dir(path, direntsOf(path, r)));
  });
}

function plain(r) {
  return { errno: r.errno, code: r.code, syscall: r.syscall, path: r.path ?? undefined };
}

function validateBuffers(buffers) {
  if (!Array.isArray(buffers) || !buffers.every((b) => ArrayBuffer.isView(b))) {
    throw new ERR_INVALID_ARG_TYPE('buffers', 'ArrayBufferView[]', buffers);
  }
}

function readvSync(fd, buffers, position) {
  const fs = require('fs');
  fd = getValidatedFd(fd);
  validateBuffers(buffers);
  let total = 0;
  for (const b of buffers) {
    const n = fs.readSync(fd, b, 0, b.byteLength, typeof position === 'number' ? position + total : null);
    total += n;
    if (n < b.byteLength) break;
  }
  return total;
}

function writevSync(fd, buffers, position) {
  const fs = require('fs');
  fd = getValidatedFd(fd);
  validateBuffers(buffers);
  let total = 0;
  for (const b of buffers) {
    total += fs.writeSync(fd, b, 0, b.byteLength, typeof position === 'number' ? position + total : null);
  }
  return total;
}

function vecAsync(syncFn) {
  return function(fd, buffers, position, callback) {
    if (typeof position === 'function') {
      callback = position;
      position = null;
    }
    validateFunction(callback, 'cb');
    let n;
    try {
      n = syncFn(fd, buffers, position);
    } catch (err) {
      if (err?.syscall === undefined) throw err;
      process.nextTick(callback, err);
      return;
    }
    process.nextTick(callback, null, n, buffers);
  };
}

function simple(name, argsOf) {
  const sync = (...a) => {
    const r = binding[name](...argsOf(...a));
    if (isErrorResult(r)) throw uvError(r);
  };
  const async = (...a) => {
    const callback = a.pop();
    validateFunction(callback, 'cb');
    binding[`${name}Async`](...argsOf(...a), (err) => callback(isErrorResult(err) ? uvErrorAsync(err) : null));
  };
  return [sync, async];
}

const [fchownSync, fchown] = simple('fchown', (fd, uid, gid) => [getValidatedFd(fd), uid, gid]);
const [lchownSync, lchown] = simple('lchown', (p, uid, gid) => [getValidatedPath(p), uid, gid]);
const [lutimesSync, lutimes] = simple('lutimes', (p, a, m) => [getValidatedPath(p), toUnixTimestamp(a, 'atime'),
  toUnixTimestamp(m, 'mtime')]);

module.exports = {
  cp, cpSync, Dir, opendir, opendirSync, readv: vecAsync(readvSync), readvSync, writev: vecAsync(writevSync),
  writevSync, fchown, fchownSync, lchown, lchownSync, lutimes, lutimesSync,
};
