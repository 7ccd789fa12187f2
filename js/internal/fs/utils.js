'use strict';
// Shared fs helpers: path/flag/mode validation with Node's errors, uv error objects, Stats, Dirent.

const { Buffer } = require('buffer');
const {
  UVException,
  stackHeader,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_FS_EISDIR },
} = require('internal/errors');
const { validateInt32 } = require('internal/validators');

const binding = internalBindingFs();
function internalBindingFs() {
  // `internalBinding` is a wrapper argument of built-ins; this file is one, so it is in scope
  return typeof internalBinding === 'function' ? internalBinding('fs') : null;
}

const O = JSON.parse(binding ? binding.constants() : '{}');
const constants = Object.freeze({
  UV_FS_SYMLINK_DIR: 1,
  UV_FS_SYMLINK_JUNCTION: 2,
  O_RDONLY: O.O_RDONLY ?? 0,
  O_WRONLY: O.O_WRONLY ?? 1,
  O_RDWR: O.O_RDWR ?? 2,
  UV_DIRENT_UNKNOWN: 0,
  UV_DIRENT_FILE: 1,
  UV_DIRENT_DIR: 2,
  UV_DIRENT_LINK: 3,
  UV_DIRENT_FIFO: 4,
  UV_DIRENT_SOCKET: 5,
  UV_DIRENT_CHAR: 6,
  UV_DIRENT_BLOCK: 7,
  EXTENSIONLESS_FORMAT_JAVASCRIPT: 0,
  EXTENSIONLESS_FORMAT_WASM: 1,
  S_IFMT: 61440,
  S_IFREG: 32768,
  S_IFDIR: 16384,
  S_IFCHR: 8192,
  S_IFBLK: 24576,
  S_IFIFO: 4096,
  S_IFLNK: 40960,
  S_IFSOCK: 49152,
  O_CREAT: O.O_CREAT ?? 64,
  O_EXCL: O.O_EXCL ?? 128,
  UV_FS_O_FILEMAP: 0,
  O_NOCTTY: O.O_NOCTTY ?? 256,
  O_TRUNC: O.O_TRUNC ?? 512,
  O_APPEND: O.O_APPEND ?? 1024,
  O_DIRECTORY: O.O_DIRECTORY ?? 65536,
  O_NOATIME: O.O_NOATIME ?? 262144,
  O_NOFOLLOW: O.O_NOFOLLOW ?? 131072,
  O_SYNC: O.O_SYNC ?? 1052672,
  O_DSYNC: O.O_DSYNC ?? 4096,
  O_DIRECT: O.O_DIRECT ?? 16384,
  O_NONBLOCK: O.O_NONBLOCK ?? 2048,
  S_IRWXU: 448,
  S_IRUSR: 256,
  S_IWUSR: 128,
  S_IXUSR: 64,
  S_IRWXG: 56,
  S_IRGRP: 32,
  S_IWGRP: 16,
  S_IXGRP: 8,
  S_IRWXO: 7,
  S_IROTH: 4,
  S_IWOTH: 2,
  S_IXOTH: 1,
  F_OK: 0,
  R_OK: 4,
  W_OK: 2,
  X_OK: 1,
  UV_FS_COPYFILE_EXCL: 1,
  COPYFILE_EXCL: 1,
  UV_FS_COPYFILE_FICLONE: 2,
  COPYFILE_FICLONE: 2,
  UV_FS_COPYFILE_FICLONE_FORCE: 4,
  COPYFILE_FICLONE_FORCE: 4,
});

const { O_APPEND, O_CREAT, O_EXCL, O_RDONLY, O_RDWR, O_SYNC, O_TRUNC, O_WRONLY } = constants;

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags == null) return O_RDONLY;
  switch (flags) {
    case 'r': return O_RDONLY;
    case 'rs':
    case 'sr': return O_RDONLY | O_SYNC;
    case 'r+': return O_RDWR;
    case 'rs+':
    case 'sr+': return O_RDWR | O_SYNC;
    case 'w': return O_TRUNC | O_CREAT | O_WRONLY;
    case 'wx':
    case 'xw': return O_TRUNC | O_CREAT | O_WRONLY | O_EXCL;
    case 'w+': return O_TRUNC | O_CREAT | O_RDWR;
    case 'wx+':
    case 'xw+': return O_TRUNC | O_CREAT | O_RDWR | O_EXCL;
    case 'a': return O_APPEND | O_CREAT | O_WRONLY;
    case 'ax':
    case 'xa': return O_APPEND | O_CREAT | O_WRONLY | O_EXCL;
    case 'as':
    case 'sa': return O_APPEND | O_CREAT | O_WRONLY | O_SYNC;
    case 'a+': return O_APPEND | O_CREAT | O_RDWR;
    case 'ax+':
    case 'xa+': return O_APPEND | O_CREAT | O_RDWR | O_EXCL;
    case 'as+':
    case 'sa+': return O_APPEND | O_CREAT | O_RDWR | O_SYNC;
  }
  throw new ERR_INVALID_ARG_VALUE('flags', flags);
}

function isURL(v) {
  return v != null && typeof v === 'object' && typeof v.href === 'string' && typeof v.protocol === 'string' &&
    v.auth === undefined && v.path === undefined;
}

function getValidatedPath(fileURLOrPath, propName = 'path') {
  let path = fileURLOrPath;
  if (isURL(path)) path = require('url').fileURLToPath(path);
  if (typeof path !== 'string' && !(path instanceof Uint8Array)) {
    throw new ERR_INVALID_ARG_TYPE(propName, ['string', 'Buffer', 'URL'], path);
  }
  const str = typeof path === 'string' ? path : Buffer.from(path).toString();
  if (str.includes('\u0000')) {
    throw new ERR_INVALID_ARG_VALUE(propName, path, 'must be a string, Uint8Array, or URL without null bytes');
  }
  return str;
}

function getValidatedFd(fd, propName = 'fd') {
  if (Object.is(fd, -0)) return 0;
  validateInt32(fd, propName, 0);
  return fd;
}

const kEncodings = ['utf8', 'utf-8', 'ascii', 'latin1', 'binary', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le',
  'base64', 'base64url', 'hex', 'buffer'];
function assertEncoding(encoding) {
  if (encoding && !kEncodings.includes(`${encoding}`.toLowerCase())) {
    const reason = 'is invalid encoding';
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, reason);
  }
}

function getOptions(options, defaultOptions = {}) {
  if (options == null || typeof options === 'function') return defaultOptions;
  if (typeof options === 'string') {
    defaultOptions = { ...defaultOptions };
    defaultOptions.encoding = options;
    options = defaultOptions;
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) {
    require('internal/validators').validateAbortSignal(options.signal, 'options.signal');
  }
  return options;
}

function isErrorResult(r) {
  return r !== null && typeof r === 'object' && !(r instanceof Uint8Array);
}

// Binding error description → Node's error object.
function uvError(r) {
  const ctx = { errno: r.errno, code: r.code, syscall: r.syscall };
  if (r.path !== undefined && r.path !== null) ctx.path = r.path;
  if (r.dest !== undefined && r.dest !== null) ctx.dest = r.dest;
  if (ctx.syscall === 'rm' && ctx.code === 'EISDIR') {
    return new ERR_FS_EISDIR({
      code: 'EISDIR', message: 'is a directory', path: ctx.path, syscall: 'rm', errno: -ctx.errno,
    });
  }
  return new UVException(ctx);
}

// Errors delivered to fs callbacks: Node's have no JS frames (they come from the event loop).
function uvErrorAsync(r) {
  const err = uvError(r);
  Object.defineProperty(err, 'stack', {
    __proto__: null, value: stackHeader(err), writable: true, enumerable: false, configurable: true,
  });
  return err;
}

// Throws the Node error when `r` is a binding error description, else returns it.
function check(r) {
  if (isErrorResult(r)) throw uvError(r);
  return r;
}

// ---- Stats ------------------------------------------------------------------------------------
const kNsPerMs = 1e6;
function dateFromMs(ms) {
  return new Date(Math.round(Number(ms)));
}

function StatsBase(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
}
StatsBase.prototype.isDirectory = function() { return this._checkModeProperty(constants.S_IFDIR); };
StatsBase.prototype.isFile = function() { return this._checkModeProperty(constants.S_IFREG); };
StatsBase.prototype.isBlockDevice = function() { return this._checkModeProperty(constants.S_IFBLK); };
StatsBase.prototype.isCharacterDevice = function() { return this._checkModeProperty(constants.S_IFCHR); };
StatsBase.prototype.isSymbolicLink = function() { return this._checkModeProperty(constants.S_IFLNK); };
StatsBase.prototype.isFIFO = function() { return this._checkModeProperty(constants.S_IFIFO); };
StatsBase.prototype.isSocket = function() { return this._checkModeProperty(constants.S_IFSOCK); };

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
               atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
  this.atime = dateFromMs(atimeMs);
  this.mtime = dateFromMs(mtimeMs);
  this.ctime = dateFromMs(ctimeMs);
  this.birthtime = dateFromMs(birthtimeMs);
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Object.setPrototypeOf(Stats, StatsBase);
Stats.prototype._checkModeProperty = function(property) {
  return (this.mode & constants.S_IFMT) === property;
};

function statsFromValues(v) {
  return new Stats(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13]);
}

// ---- Dirent -----------------------------------------------------------------------------------
const kType = Symbol('type');
class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }
  isDirectory() { return this[kType] === constants.UV_DIRENT_DIR; }
  isFile() { return this[kType] === constants.UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === constants.UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === constants.UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === constants.UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === constants.UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === constants.UV_DIRENT_SOCKET; }
}

function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) return +time;
  if (Number.isFinite(time)) {
    if (time < 0) return Date.now() / 1000;
    return time;
  }
  if (time instanceof Date) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
  }
}

module.exports = {
  assertEncoding,
  binding,
  check,
  constants,
  Dirent,
  getOptions,
  getValidatedFd,
  getValidatedPath,
  isErrorResult,
  kNsPerMs,
  Stats,
  statsFromValues,
  stringToFlags,
  toUnixTimestamp,
  uvError,
  uvErrorAsync,
  validateOffsetLengthRead,
};
