'use strict';
// Node's `fs`: sync, callback and (fs/promises) promise APIs over internalBinding('fs').
// Sync calls run in Python on the spot; callback calls run on an executor thread and call back
// on the loop. Errors are built here from the binding's {errno, code, syscall, path, dest}.

const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const {
  parseFileMode,
  validateBoolean,
  validateFunction,
  validateInteger,
  validateObject,
} = require('internal/validators');
const {
  binding,
  check,
  constants,
  Dirent,
  getOptions,
  getValidatedFd,
  getValidatedPath,
  isErrorResult,
  Stats,
  statsFromValues,
  stringToFlags,
  toUnixTimestamp,
  uvError,
  uvErrorAsync,
  validateOffsetLengthRead,
} = require('internal/fs/utils');

const kReadChunk = 64 * 1024;

function maybeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

function makeCallback(cb) {
  validateFunction(cb, 'cb');
  return (...args) => Reflect.apply(cb, undefined, args);
}

// Adapter for binding async callbacks: (errInfo, ...results) → Node callback.
function req(cb, map = (r) => r) {
  return (err, ...results) => {
    if (isErrorResult(err)) return cb(uvErrorAsync(err));
    return cb(null, map(...results));
  };
}

function encodeResult(value, encoding) {
  if (encoding === 'buffer') return Buffer.from(value);
  return value;
}

function isFd(path) {
  return typeof path === 'number' && (path | 0) === path;
}

// ---- open / close / read / write ---------------------------------------------------------------
function openSync(path, flags, mode) {
  path = getValidatedPath(path);
  const f = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  return check(binding.open(path, f, mode));
}

function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseFileMode(mode, 'mode', 0o666);
  }
  const f = stringToFlags(flags);
  callback = makeCallback(callback);
  binding.openAsync(path, f, mode, req(callback));
}

function closeSync(fd) {
  fd = getValidatedFd(fd);
  check(binding.close(fd));
}

function close(fd, callback = () => {}) {
  fd = getValidatedFd(fd);
  if (callback !== undefined) callback = makeCallback(callback);
  binding.closeAsync(fd, req(callback, () => undefined));
}

function readArgs(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (offsetOrOptions !== null && typeof offsetOrOptions === 'object' && !(offsetOrOptions instanceof Uint8Array)) {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
  }
  if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
  if (offset === undefined) offset = 0;
  else validateInteger(offset, 'offset', 0);
  if (length === undefined) length = buffer.byteLength - offset;
  length |= 0;
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  else if (typeof position === 'bigint') position = Number(position);
  else validateInteger(position, 'position', -1);
  return { fd, offset, length, position };
}

function asBytes(view) {
  return view instanceof Uint8Array ? view : new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function readSync(fd, buffer, offsetOrOptions, length, position) {
  if (arguments.length <= 3 && offsetOrOptions !== null && typeof offsetOrOptions === 'object') {
    ({ fd, offset: offsetOrOptions, length, position } = { fd, ...readArgs(fd, buffer, offsetOrOptions) });
  }
  const a = readArgs(fd, buffer, offsetOrOptions, length, position);
  if (a.length === 0) return 0;
  return check(binding.readInto(a.fd, asBytes(buffer), a.offset, a.length, a.position));
}

function read(fd, buffer, offsetOrOptions, length, position, callback) {
  if (typeof buffer === 'function') {
    callback = buffer;
    buffer = Buffer.alloc(16384);
    offsetOrOptions = 0;
  } else if (typeof offsetOrOptions === 'function') {
    callback = offsetOrOptions;
    offsetOrOptions = undefined;
  } else if (typeof length === 'function') {
    callback = length;
    length = undefined;
  }
  if (buffer !== null && typeof buffer === 'object' && !ArrayBuffer.isView(buffer)) {
    // read(fd, { buffer, offset, length, position }, cb)
    const opts = buffer;
    buffer = opts.buffer ?? Buffer.alloc(16384);
    offsetOrOptions = opts;
  }
  const a = readArgs(fd, buffer, offsetOrOptions, length, position);
  callback = maybeCallback(callback);
  if (a.length === 0) {
    process.nextTick(callback, null, 0, buffer);
    return;
  }
  binding.readAsync(a.fd, a.length, a.position, (err, n, data) => {
    if (isErrorResult(err)) return callback(uvErrorAsync(err));
    if (n > 0) asBytes(buffer).set(data.subarray(0, n), a.offset);
    callback(null, n, buffer);
  });
}

function writeArgs(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  if (typeof buffer === 'string') {
    // write(fd, string[, position[, encoding]])
    const encoding = typeof length === 'string' ? length : 'utf8';
    const pos = offsetOrOptions;
    const data = Buffer.from(buffer, encoding);
    return { fd, data, offset: 0, length: data.length, position: pos == null ? -1 : pos };
  }
  if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  let offset = offsetOrOptions;
  if (offset !== null && typeof offset === 'object') ({ offset = 0, length, position = null } = offset);
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  const data = asBytes(buffer);
  if (typeof length !== 'number') length = data.byteLength - offset;
  if (typeof position !== 'number') position = -1;
  validateOffsetLengthRead(offset, length, data.byteLength);
  return { fd, data, offset, length, position };
}

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  const a = writeArgs(fd, buffer, offsetOrOptions, length, position);
  return check(binding.writeFrom(a.fd, a.data, a.offset, a.length, a.position));
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  const args = [offsetOrOptions, length, position, callback];
  callback = args.findLast((a) => typeof a === 'function');
  const idx = args.indexOf(callback);
  for (let i = idx; i >= 0 && i < args.length; i++) args[i] = undefined;
  const a = writeArgs(fd, buffer, args[0], args[1], args[2]);
  callback = maybeCallback(callback);
  binding.writeAsync(a.fd, a.data, a.offset, a.length, a.position, (err, n) => {
    if (isErrorResult(err)) return callback(uvErrorAsync(err), 0, buffer);
    callback(null, n, buffer);
  });
}

// ---- whole files ----------------------------------------------------------------------------------
function tryStatSize(fd) {
  const out = new Float64Array(14);
  const r = binding.fstat(fd, out);
  if (isErrorResult(r)) return -1;
  return (out[1] & constants.S_IFMT) === constants.S_IFREG ? out[8] : 0;
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const byFd = isFd(path);
  const fd = byFd ? getValidatedFd(path) : openSync(path, options.flag, 0o666);
  const chunks = [];
  let total = 0;
  try {
    const size = tryStatSize(fd);
    let buf = Buffer.allocUnsafe(size > 0 ? size : kReadChunk);
    let off = 0;
    for (;;) {
      if (off === buf.length) {
        chunks.push(buf);
        buf = Buffer.allocUnsafe(kReadChunk);
        off = 0;
      }
      const n = check(binding.readInto(fd, buf, off, buf.length - off, -1));
      if (n === 0) break;
      off += n;
      total += n;
    }
    chunks.push(buf.subarray(0, off));
  } finally {
    if (!byFd) binding.close(fd);
  }
  const buffer = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
  return options.encoding && options.encoding !== 'buffer' ? buffer.toString(options.encoding) : buffer;
}

function readFile(path, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { flag: 'r' });
  const byFd = isFd(path);
  const target = byFd ? getValidatedFd(path) : getValidatedPath(path);
  const flags = stringToFlags(options.flag);
  binding.readFileAsync(target, byFd, flags, (err, data) => {
    if (isErrorResult(err)) return callback(uvErrorAsync(err));
    const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    callback(null, options.encoding && options.encoding !== 'buffer' ? buffer.toString(options.encoding) : buffer);
  });
}

function toBytes(data, encoding, name = 'data') {
  if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8');
  if (ArrayBuffer.isView(data)) return asBytes(data);
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const bytes = toBytes(data, options.encoding);
  const byFd = isFd(path);
  const fd = byFd ? getValidatedFd(path) : openSync(path, options.flag ?? 'w', options.mode);
  try {
    let off = 0;
    while (off < bytes.length) off += check(binding.writeFrom(fd, bytes, off, bytes.length - off, -1));
  } finally {
    if (!byFd) binding.close(fd);
  }
}

function writeFile(path, data, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const bytes = toBytes(data, options.encoding);
  const byFd = isFd(path);
  const target = byFd ? getValidatedFd(path) : getValidatedPath(path);
  const flags = stringToFlags(options.flag ?? 'w');
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  binding.writeFileAsync(target, byFd, bytes, flags, mode, (err) => {
    callback(isErrorResult(err) ? uvErrorAsync(err) : null);
  });
}

function appendFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  if (!options.flag || isFd(path)) options.flag = 'a';
  writeFileSync(path, data, options);
}

function appendFile(path, data, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  if (!options.flag || isFd(path)) options.flag = 'a';
  writeFile(path, data, options, callback);
}

// ---- metadata ------------------------------------------------------------------------------------
function statSyncImpl(fn, target, options) {
  const out = new Float64Array(14);
  const r = fn(target, out);
  if (isErrorResult(r)) {
    if (options && options.throwIfNoEntry === false && r.code === 'ENOENT') return undefined;
    throw uvError(r);
  }
  return statsFromValues(out);
}

function statSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  return statSyncImpl(binding.stat, getValidatedPath(path), options);
}
function lstatSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  return statSyncImpl(binding.lstat, getValidatedPath(path), options);
}
function fstatSync(fd, options) {
  return statSyncImpl(binding.fstat, getValidatedFd(fd), options);
}

function statAsync(fnAsync, target, options, callback) {
  if (typeof options === 'function') callback = options;
  callback = makeCallback(callback);
  fnAsync(target, (err, ...values) => {
    if (isErrorResult(err)) return callback(uvErrorAsync(err));
    callback(null, statsFromValues(values));
  });
}
function stat(path, options, callback) { statAsync(binding.statAsync, getValidatedPath(path), options, callback); }
function lstat(path, options, callback) { statAsync(binding.lstatAsync, getValidatedPath(path), options, callback); }
function fstat(fd, options, callback) { statAsync(binding.fstatAsync, getValidatedFd(fd), options, callback); }

function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch {
    return false;
  }
  return binding.exists(path) === true;
}

function exists(path, callback) {
  validateFunction(callback, 'cb');
  try {
    path = getValidatedPath(path);
  } catch {
    return process.nextTick(callback, false);
  }
  binding.existsAsync(path, (err, r) => callback(!isErrorResult(err) && r === true));
}
Object.defineProperty(exists, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  value: (path) => new Promise((resolve) => exists(path, resolve)),
});

function accessSync(path, mode) {
  path = getValidatedPath(path);
  mode = mode === undefined ? constants.F_OK : mode | 0;
  check(binding.access(path, mode));
}

function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = constants.F_OK;
  }
  path = getValidatedPath(path);
  mode = mode | 0;
  callback = makeCallback(callback);
  binding.accessAsync(path, mode, req(callback, () => undefined));
}

// ---- directories -------------------------------------------------------------------------------
function direntsFrom(path, packed, withFileTypes, encoding) {
  const [namesStr, types] = packed.split('\x01');
  const names = namesStr === '' ? [] : namesStr.split('\0');
  if (withFileTypes) return names.map((n, i) => new Dirent(encodeResult(n, encoding), Number(types[i]), path));
  return names.map((n) => encodeResult(n, encoding));
}

function readdirSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  const withTypes = Boolean(options.withFileTypes);
  const r = check(binding.readdir(path, withTypes));
  return direntsFrom(path, r, withTypes, options.encoding);
}

function readdir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path);
  const withTypes = Boolean(options.withFileTypes);
  binding.readdirAsync(path, withTypes, req(callback, (r) => direntsFrom(path, r, withTypes, options.encoding)));
}

function mkdirOptions(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'options.mode');
  }
  validateBoolean(recursive, 'options.recursive');
  return { mode, recursive };
}

function mkdirSync(path, options) {
  path = getValidatedPath(path);
  const { mode, recursive } = mkdirOptions(options);
  const r = check(binding.mkdir(path, mode, recursive));
  return recursive ? (r ?? undefined) : undefined;
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  const { mode, recursive } = mkdirOptions(options);
  binding.mkdirAsync(path, mode, recursive, req(callback, (r) => (recursive ? (r ?? undefined) : undefined)));
}

function mkdtempSync(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  return encodeResult(check(binding.mkdtemp(prefix)), options.encoding);
}

function mkdtemp(prefix, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  binding.mkdtempAsync(prefix, req(callback, (r) => encodeResult(r, options.encoding)));
}

function rmOptions(options) {
  if (options === undefined) return { recursive: false, force: false };
  validateObject(options, 'options');
  const recursive = options.recursive ?? false;
  const force = options.force ?? false;
  validateBoolean(recursive, 'options.recursive');
  validateBoolean(force, 'options.force');
  return { recursive, force };
}

function rmSync(path, options) {
  path = getValidatedPath(path);
  const { recursive, force } = rmOptions(options);
  check(binding.rm(path, recursive, force));
}

function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  const { recursive, force } = rmOptions(options);
  binding.rmAsync(path, recursive, force, req(callback, () => undefined));
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  if (options?.recursive) return rmSync(path, { recursive: true, force: false });
  check(binding.rmdir(path));
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  if (options?.recursive) return rm(path, { recursive: true }, callback);
  binding.rmdirAsync(path, req(callback, () => undefined));
}

// ---- simple path operations --------------------------------------------------------------------------
function simpleSync(name, ...args) {
  return check(binding[name](...args));
}
function simpleAsync(name, callback, map, ...args) {
  callback = makeCallback(callback);
  binding[`${name}Async`](...args, req(callback, map));
}
const toUndefined = () => undefined;

function unlinkSync(path) { simpleSync('unlink', getValidatedPath(path)); }
function unlink(path, callback) { simpleAsync('unlink', callback, toUndefined, getValidatedPath(path)); }

function renameSync(oldPath, newPath) {
  simpleSync('rename', getValidatedPath(oldPath, 'oldPath'), getValidatedPath(newPath, 'newPath'));
}
function rename(oldPath, newPath, callback) {
  simpleAsync('rename', callback, toUndefined, getValidatedPath(oldPath, 'oldPath'), getValidatedPath(newPath, 'newPath'));
}

function copyFileSync(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  simpleSync('copyfile', src, dest, mode | 0);
}
function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  simpleAsync('copyfile', callback, toUndefined, src, dest, mode | 0);
}

function linkSync(existingPath, newPath) {
  simpleSync('link', getValidatedPath(existingPath, 'existingPath'), getValidatedPath(newPath, 'newPath'));
}
function link(existingPath, newPath, callback) {
  simpleAsync('link', callback, toUndefined, getValidatedPath(existingPath, 'existingPath'),
              getValidatedPath(newPath, 'newPath'));
}

function symlinkSync(target, path) {
  simpleSync('symlink', getValidatedPath(target, 'target'), getValidatedPath(path));
}
function symlink(target, path, type, callback) {
  if (typeof type === 'function') callback = type;
  simpleAsync('symlink', callback, toUndefined, getValidatedPath(target, 'target'), getValidatedPath(path));
}

function readlinkSync(path, options) {
  options = getOptions(options);
  return encodeResult(simpleSync('readlink', getValidatedPath(path, 'oldPath')), options.encoding);
}
function readlink(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  options = getOptions(options);
  simpleAsync('readlink', callback, (r) => encodeResult(r, options.encoding), getValidatedPath(path, 'oldPath'));
}

function realpathSync(path, options) {
  options = getOptions(options);
  return encodeResult(simpleSync('realpath', getValidatedPath(path)), options.encoding);
}
realpathSync.native = function(path, options) {
  options = getOptions(options);
  return encodeResult(simpleSync('realpathNative', getValidatedPath(path)), options.encoding);
};
function realpath(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  options = getOptions(options);
  simpleAsync('realpath', callback, (r) => encodeResult(r, options.encoding), getValidatedPath(path));
}
realpath.native = function(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  options = getOptions(options);
  simpleAsync('realpathNative', callback, (r) => encodeResult(r, options.encoding), getValidatedPath(path));
};

function chmodSync(path, mode) { simpleSync('chmod', getValidatedPath(path), parseFileMode(mode, 'mode')); }
function chmod(path, mode, callback) {
  simpleAsync('chmod', callback, toUndefined, getValidatedPath(path), parseFileMode(mode, 'mode'));
}
function fchmodSync(fd, mode) { simpleSync('fchmod', getValidatedFd(fd), parseFileMode(mode, 'mode')); }
function fchmod(fd, mode, callback) {
  simpleAsync('fchmod', callback, toUndefined, getValidatedFd(fd), parseFileMode(mode, 'mode'));
}
function chownSync(path, uid, gid) { simpleSync('chown', getValidatedPath(path), uid, gid); }
function chown(path, uid, gid, callback) { simpleAsync('chown', callback, toUndefined, getValidatedPath(path), uid, gid); }

function truncateSync(path, len = 0) {
  if (isFd(path)) return ftruncateSync(path, len);
  validateInteger(len, 'len');
  simpleSync('truncate', getValidatedPath(path), Math.max(0, len));
}
function truncate(path, len, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  } else if (len === undefined) {
    len = 0;
  }
  validateInteger(len, 'len');
  simpleAsync('truncate', callback, toUndefined, getValidatedPath(path), Math.max(0, len));
}
function ftruncateSync(fd, len = 0) {
  validateInteger(len, 'len');
  simpleSync('ftruncate', getValidatedFd(fd), Math.max(0, len));
}
function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  validateInteger(len, 'len');
  simpleAsync('ftruncate', callback, toUndefined, getValidatedFd(fd), Math.max(0, len));
}
function fsyncSync(fd) { simpleSync('fsync', getValidatedFd(fd)); }
function fsync(fd, callback) { simpleAsync('fsync', callback, toUndefined, getValidatedFd(fd)); }
function fdatasyncSync(fd) { simpleSync('fdatasync', getValidatedFd(fd)); }
function fdatasync(fd, callback) { simpleAsync('fdatasync', callback, toUndefined, getValidatedFd(fd)); }

function utimesSync(path, atime, mtime) {
  simpleSync('utimes', getValidatedPath(path), toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
}
function utimes(path, atime, mtime, callback) {
  simpleAsync('utimes', callback, toUndefined, getValidatedPath(path), toUnixTimestamp(atime, 'atime'),
              toUnixTimestamp(mtime, 'mtime'));
}
function futimesSync(fd, atime, mtime) {
  simpleSync('futimes', getValidatedFd(fd), toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
}
function futimes(fd, atime, mtime, callback) {
  simpleAsync('futimes', callback, toUndefined, getValidatedFd(fd), toUnixTimestamp(atime, 'atime'),
              toUnixTimestamp(mtime, 'mtime'));
}

module.exports = {
  appendFile,
  appendFileSync,
  access,
  accessSync,
  chown,
  chownSync,
  chmod,
  chmodSync,
  close,
  closeSync,
  copyFile,
  copyFileSync,
  createReadStream(path, options) {
    return new (require('internal/fs/streams').ReadStream)(path, options);
  },
  createWriteStream(path, options) {
    return new (require('internal/fs/streams').WriteStream)(path, options);
  },
  exists,
  existsSync,
  fchmod,
  fchmodSync,
  fdatasync,
  fdatasyncSync,
  fstat,
  fstatSync,
  fsync,
  fsyncSync,
  ftruncate,
  ftruncateSync,
  futimes,
  futimesSync,
  link,
  linkSync,
  lstat,
  lstatSync,
  mkdir,
  mkdirSync,
  mkdtemp,
  mkdtempSync,
  open,
  openSync,
  read,
  readSync,
  readdir,
  readdirSync,
  readFile,
  readFileSync,
  readlink,
  readlinkSync,
  realpath,
  realpathSync,
  rename,
  renameSync,
  rm,
  rmSync,
  rmdir,
  rmdirSync,
  stat,
  statSync,
  symlink,
  symlinkSync,
  truncate,
  truncateSync,
  unlink,
  unlinkSync,
  utimes,
  utimesSync,
  write,
  writeSync,
  writeFile,
  writeFileSync,
  watch(filename, options, listener) {
    return require('internal/fs/watchers').watch(filename, options, listener);
  },
  watchFile(filename, options, listener) {
    return require('internal/fs/watchers').watchFile(filename, options, listener);
  },
  unwatchFile(filename, listener) {
    return require('internal/fs/watchers').unwatchFile(filename, listener);
  },
  Stats,
  Dirent,
  constants,
  F_OK: constants.F_OK,
  R_OK: constants.R_OK,
  W_OK: constants.W_OK,
  X_OK: constants.X_OK,
};

Object.assign(module.exports, require('internal/fs/extra'));
module.exports.lchmod = undefined; // not on Linux (Node leaves the key, undefined)
module.exports.lchmodSync = undefined;
module.exports._toUnixTimestamp = toUnixTimestamp;

Object.defineProperties(module.exports, {
  FileReadStream: {
    __proto__: null, enumerable: true, configurable: true,
    get() { return require('internal/fs/streams').ReadStream; },
  },
  FileWriteStream: {
    __proto__: null, enumerable: true, configurable: true,
    get() { return require('internal/fs/streams').WriteStream; },
  },
  ReadStream: {
    __proto__: null, enumerable: true, configurable: true,
    get() { return require('internal/fs/streams').ReadStream; },
  },
  WriteStream: {
    __proto__: null, enumerable: true, configurable: true,
    get() { return require('internal/fs/streams').WriteStream; },
  },
  promises: {
    __proto__: null, enumerable: true, configurable: true,
    get() { return require('fs/promises'); },
  },
});
void ERR_OUT_OF_RANGE;
