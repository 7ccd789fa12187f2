'use strict';
// fs.watch / fs.watchFile / fs.unwatchFile and their FSWatcher / StatWatcher (Node's
// lib/internal/fs/watchers.js). FSWatcher runs on inotify (internalBinding('fs_event_wrap'));
// StatWatcher polls with stat like libuv's uv_fs_poll: the first result is the baseline, a
// listener runs when ctime/mtime/birthtime/size/mode/uid/gid/ino/dev differ, or when the error
// changes (a missing file reports zeroed stats).

const EventEmitter = require('events');
const pathModule = require('path');
const { validateBoolean, validateFunction, validateUint32 } = require('internal/validators');
const {
  binding: fsBinding, getOptions, getValidatedPath, isErrorResult, statsFromValues, uvError,
} = require('internal/fs/utils');

let eventBinding;
function events() { return eventBinding || (eventBinding = internalBinding('fs_event_wrap')); }

// Node builds this one with its UVException class: keys errno, syscall, code, path, filename
function watchError(r, filename) {
  const error = uvError({ errno: r.errno, code: r.code, syscall: 'watch', path: filename });
  for (const key of ['errno', 'syscall', 'code', 'path']) {
    const value = error[key];
    delete error[key];
    error[key] = value;
  }
  error.filename = filename;
  return error;
}

// ---- FSWatcher --------------------------------------------------------------------------------
const kFSWatchStart = Symbol('kFSWatchStart');
const kId = Symbol('kId');

function FSWatcher() {
  Reflect.apply(EventEmitter, this, []);
  this._handle = null;
  this[kId] = 0;
}
Object.setPrototypeOf(FSWatcher.prototype, EventEmitter.prototype);
Object.setPrototypeOf(FSWatcher, EventEmitter);

FSWatcher.prototype[kFSWatchStart] = function(filename, persistent, recursive, encoding) {
  filename = getValidatedPath(filename, 'filename');
  const onchange = (eventType, name) => {
    if (this._handle === null) return;
    this.emit('change', eventType, encoding === 'buffer' ? Buffer.from(name) : name);
  };
  const r = events().start(filename, persistent, recursive, onchange);
  if (isErrorResult(r)) throw watchError(r, filename);
  this[kId] = r;
  this._handle = { id: r };
};

FSWatcher.prototype.close = function() {
  if (this._handle === null) return;
  events().close(this[kId]);
  this._handle = null;
  process.nextTick(() => this.emit('close'));
};

FSWatcher.prototype.ref = function() {
  if (this._handle !== null) events().ref(this[kId]);
  return this;
};

FSWatcher.prototype.unref = function() {
  if (this._handle !== null) events().unref(this[kId]);
  return this;
};

function watch(filename, options, listener) {
  if (typeof options === 'function') listener = options;
  options = { ...getOptions(options) };
  if (options.persistent === undefined) options.persistent = true;
  if (options.recursive === undefined) options.recursive = false;
  validateBoolean(options.recursive, 'options.recursive');  // persistent: Node's C++ takes IsTrue()
  options.persistent = options.persistent === true;
  const watcher = new FSWatcher();
  watcher[kFSWatchStart](filename, options.persistent, options.recursive, options.encoding);
  if (listener) watcher.addListener('change', listener);
  if (options.signal) {
    if (options.signal.aborted) {
      process.nextTick(() => watcher.close());
    } else {
      const onAbort = () => watcher.close();
      options.signal.addEventListener('abort', onAbort, { once: true });
      watcher.once('close', () => options.signal.removeEventListener('abort', onAbort));
    }
  }
  return watcher;
}

// ---- StatWatcher ------------------------------------------------------------------------------
const kOldStatus = Symbol('kOldStatus');
const kUseBigint = Symbol('kUseBigint');
const kRefCount = Symbol('kFSStatWatcherRefCount');
const kMaxRefCount = Symbol('kFSStatWatcherMaxRefCount');
const kFSStatWatcherStart = Symbol('kFSStatWatcherStart');
const kFSStatWatcherAddOrCleanRef = Symbol('kFSStatWatcherAddOrCleanRef');
const kPoll = Symbol('kPoll');

const kZero = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
// libuv's statbuf_eq fields, as indexes of the binding's stat values
// (dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atime, mtime, ctime, birthtime)
const kCompared = [0, 1, 3, 4, 7, 8, 11, 12, 13];

// One poller per watched file: stat, compare with the last result, sleep out the interval.
class Poll {
  constructor(watcher, filename, interval) {
    this.watcher = watcher;
    this.filename = filename;
    this.interval = interval;
    this.prev = kZero;
    this.busy = 0;  // libuv's busy_polling: 0 before the first result, 1 after a success, errno after an error
    this.timer = null;
    this.refed = true;
    this.closed = false;
    this.start = 0;
  }

  run() {
    if (this.closed) return;
    this.timer = null;
    this.start = Date.now();
    fsBinding.statAsync(this.filename, (err, ...values) => this.done(err, values));
  }

  done(err, values) {
    if (this.closed) return;
    if (isErrorResult(err)) {
      if (this.busy !== err.errno) {
        const prev = this.prev;
        this.prev = kZero;
        this.busy = err.errno;
        this.watcher[kPoll](err.errno, kZero, prev);
      }
    } else {
      const changed = this.busy !== 0 && (this.busy < 0 || kCompared.some((i) => values[i] !== this.prev[i]));
      const prev = this.prev;
      this.prev = values;
      this.busy = 1;
      if (changed) this.watcher[kPoll](0, values, prev);
    }
    if (this.closed) return;
    const elapsed = Date.now() - this.start;
    this.timer = setTimeout(() => this.run(), this.interval - (elapsed % this.interval));
    if (!this.refed) this.timer.unref();
  }

  ref() { this.refed = true; if (this.timer) this.timer.ref(); }
  unref() { this.refed = false; if (this.timer) this.timer.unref(); }
  close() {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

function StatWatcher(bigint) {
  Reflect.apply(EventEmitter, this, []);
  this._handle = null;
  this[kOldStatus] = -1;
  this[kUseBigint] = bigint;
  this[kRefCount] = 1;
  this[kMaxRefCount] = 1;
}
Object.setPrototypeOf(StatWatcher.prototype, EventEmitter.prototype);
Object.setPrototypeOf(StatWatcher, EventEmitter);

StatWatcher.prototype[kPoll] = function(newStatus, curr, prev) {
  // Node's onchange: a repeated EPERM with an unchanged link count is not reported
  if (this[kOldStatus] === -1 && newStatus === -1 && curr[2] === prev[2]) return;
  this[kOldStatus] = newStatus;
  this.emit('change', statsFromValues(curr), statsFromValues(prev));
};

StatWatcher.prototype[kFSStatWatcherStart] = function(filename, persistent, interval) {
  if (this._handle !== null) return;
  validateUint32(interval, 'interval');
  this._handle = new Poll(this, filename, interval);
  if (!persistent) this.unref();
  this._handle.run();
};

StatWatcher.prototype.start = () => {};

StatWatcher.prototype.stop = function() {
  if (this._handle === null) return;
  process.nextTick(() => this.emit('stop'));
  this._handle.close();
  this._handle = null;
};

StatWatcher.prototype[kFSStatWatcherAddOrCleanRef] = function(operate) {
  if (operate === 'add') {
    this[kRefCount]++;
    this[kMaxRefCount]++;
  } else if (operate === 'clean') {
    this[kMaxRefCount]--;
    this.unref();
  } else if (operate === 'cleanAll') {
    this[kMaxRefCount] = 0;
    this[kRefCount] = 0;
    this._handle?.unref();
  }
};

StatWatcher.prototype.ref = function() {
  if (this[kRefCount] === this[kMaxRefCount]) return this;
  if (this._handle && this[kRefCount]++ === 0) this._handle.ref();
  return this;
};

StatWatcher.prototype.unref = function() {
  if (this[kRefCount] === 0) return this;
  if (this._handle && --this[kRefCount] === 0) this._handle.unref();
  return this;
};

const statWatchers = new Map();

function watchFile(filename, options, listener) {
  filename = pathModule.resolve(getValidatedPath(filename));
  if (options === null || typeof options !== 'object') {
    listener = options;
    options = null;
  }
  options = { interval: 5007, persistent: true, ...options };
  validateFunction(listener, 'listener');
  let stat = statWatchers.get(filename);
  if (stat === undefined) {
    stat = new StatWatcher(options.bigint);
    stat[kFSStatWatcherStart](filename, options.persistent, options.interval);
    statWatchers.set(filename, stat);
  } else {
    stat[kFSStatWatcherAddOrCleanRef]('add');
  }
  stat.addListener('change', listener);
  return stat;
}

function unwatchFile(filename, listener) {
  filename = pathModule.resolve(getValidatedPath(filename));
  const stat = statWatchers.get(filename);
  if (stat === undefined) return;
  if (typeof listener === 'function') {
    const before = stat.listenerCount('change');
    stat.removeListener('change', listener);
    if (stat.listenerCount('change') < before) stat[kFSStatWatcherAddOrCleanRef]('clean');
  } else {
    stat.removeAllListeners('change');
    stat[kFSStatWatcherAddOrCleanRef]('cleanAll');
  }
  if (stat.listenerCount('change') === 0) {
    stat.stop();
    statWatchers.delete(filename);
  }
}

// fsPromises.watch(): an async iterator of { eventType, filename } over an FSWatcher. Events are
// queued until read (Node v20 keeps only one between two reads: a program cannot rely on that).
async function* watchAsync(filename, options = {}) {
  const { validateAbortSignal, validateObject } = require('internal/validators');
  const { AbortError, codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
  filename = getValidatedPath(filename);
  validateObject(options, 'options');
  const { persistent = true, recursive = false, encoding = 'utf8', signal } = options;
  validateBoolean(persistent, 'options.persistent');
  validateBoolean(recursive, 'options.recursive');
  validateAbortSignal(signal, 'options.signal');
  if (encoding && encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE(encoding, 'encoding', 'is invalid encoding');  // Node's argument order
  }
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
  const watcher = new FSWatcher();
  const queue = [];
  let wake = null;
  const onAbort = () => { if (wake) wake(); };
  watcher.on('change', (eventType, name) => {
    queue.push({ eventType, filename: name });
    if (wake) wake();
  });
  try {
    watcher[kFSWatchStart](filename, persistent, recursive, encoding);
    signal?.addEventListener('abort', onAbort, { once: true });
    while (!signal?.aborted) {
      if (queue.length === 0) {
        await new Promise((resolve) => { wake = resolve; });
        wake = null;
        continue;
      }
      yield queue.shift();
    }
    throw new AbortError(undefined, { cause: signal?.reason });
  } finally {
    watcher.close();
    signal?.removeEventListener('abort', onAbort);
  }
}

module.exports = {
  FSWatcher, StatWatcher, watch, watchAsync, watchFile, unwatchFile, kFSWatchStart, kFSStatWatcherStart,
};
