'use strict';
// Node's timers on one asyncio timer (internalBinding('timers')): a binary heap of Timeouts ordered
// by (expiry, insertion), an Immediate queue, ref counting into the host's handle registry, and
// nextTick + promise-job draining after every callback (Node's ordering).

const binding = internalBinding('timers');
const { onUncaught } = require('internal/process/execution');
// nextTicks + promise jobs after each callback; crosses into Python only when jobs are queued
const { drainQueues } = require('internal/process/task_queues');

const TIMEOUT_MAX = 2 ** 31 - 1;
const arena = new Float64Array(1); // next expiry, read by Python (pinned for the process lifetime)

const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const knownTimersById = new Map();
let nextId = 1;
let seq = 0;

// ---- heap -------------------------------------------------------------------------------
const heap = [];
function less(a, b) {
  return a._expiry < b._expiry || (a._expiry === b._expiry && a._seq < b._seq);
}
function push(t) {
  heap.push(t);
  let i = heap.length - 1;
  t._heapIndex = i;
  siftUp(i);
}
function siftUp(i) {
  const t = heap[i];
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (!less(t, heap[p])) break;
    heap[i] = heap[p];
    heap[i]._heapIndex = i;
    i = p;
  }
  heap[i] = t;
  t._heapIndex = i;
}
function siftDown(i) {
  const n = heap.length;
  const t = heap[i];
  for (;;) {
    let c = 2 * i + 1;
    if (c >= n) break;
    if (c + 1 < n && less(heap[c + 1], heap[c])) c++;
    if (!less(heap[c], t)) break;
    heap[i] = heap[c];
    heap[i]._heapIndex = i;
    i = c;
  }
  heap[i] = t;
  t._heapIndex = i;
}
function remove(t) {
  const i = t._heapIndex;
  if (i < 0) return;
  t._heapIndex = -1;
  const last = heap.pop();
  if (i < heap.length) {
    heap[i] = last;
    last._heapIndex = i;
    siftDown(i);
    siftUp(last._heapIndex);
  }
}

let scheduledFor = Infinity;
function reschedule() {
  if (heap.length === 0) {
    if (scheduledFor !== Infinity) {
      scheduledFor = Infinity;
      binding.unschedule();
    }
    return;
  }
  const when = heap[0]._expiry;
  if (when !== scheduledFor) {
    scheduledFor = when;
    arena[0] = when;
    binding.schedule();
  }
}

let refCount = 0;
function incRef() {
  if (refCount++ === 0) binding.toggleTimerRef(true);
}
function decRef() {
  if (--refCount === 0) binding.toggleTimerRef(false);
}

// libuv caches "now" per loop iteration; timers started in one callback share it
let cachedNow = -1;
function getNow() {
  return cachedNow >= 0 ? cachedNow : binding.now();
}

// ---- Timeout ----------------------------------------------------------------------------
class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after *= 1;
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
      if (after > TIMEOUT_MAX) {
        process.emitWarning(`${after} does not fit into a 32-bit signed integer.` +
          '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
      }
      after = 1;
    }
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    Object.defineProperty(this, '_heapIndex', { value: -1, writable: true, enumerable: false });
    Object.defineProperty(this, '_expiry', { value: 0, writable: true, enumerable: false });
    Object.defineProperty(this, '_seq', { value: 0, writable: true, enumerable: false });
    Object.defineProperty(this, '_id', { value: nextId++, writable: true, enumerable: false });
    if (isRefed) incRef();
    this._arm(getNow());
  }

  _arm(now) {
    this._idleStart = now;
    this._expiry = now + this._idleTimeout;
    this._seq = seq++;
    if (this._heapIndex >= 0) {
      remove(this);
    }
    push(this);
    reschedule();
  }

  refresh() {
    if (!this._destroyed) this._arm(getNow());
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) decRef();
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) incRef();
    }
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimersById.set(this._id, this);
    }
    return this._id;
  }

  [Symbol.dispose]() {
    clearTimeout(this);
  }
}

function unenroll(timer) {
  if (timer._destroyed) return;
  timer._destroyed = true;
  if (timer[kHasPrimitive]) knownTimersById.delete(timer._id);
  if (timer[kRefed]) decRef();
  remove(timer);
  reschedule();
}

function validateCallback(callback) {
  if (typeof callback !== 'function') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
}

function setTimeout(callback, after, ...args) {
  validateCallback(callback);
  return new Timeout(callback, after, args.length ? args : undefined, false, true);
}

function setInterval(callback, repeat, ...args) {
  validateCallback(callback);
  return new Timeout(callback, repeat, args.length ? args : undefined, true, true);
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const t = knownTimersById.get(+timer);
    if (t !== undefined) {
      t._onTimeout = null;
      unenroll(t);
    }
  }
}

function clearInterval(timer) {
  // its own function (Node prints [Function: clearInterval]); intervals are timers
  clearTimeout(timer);
}

// Called by Python when the earliest timer is due.
function processTimers(now) {
  scheduledFor = Infinity;
  cachedNow = now;
  try {
    while (heap.length > 0) {
      const timer = heap[0];
      if (timer._expiry > now) break;
      remove(timer);
      if (timer._destroyed) continue;
      const start = binding.now();
      let threw = true;
      try {
        const args = timer._timerArgs;
        if (args === undefined) timer._onTimeout();
        else timer._onTimeout(...args);
        threw = false;
      } catch (err) {
        onUncaught(err);
      } finally {
        if (timer._repeat && timer._onTimeout && !timer._destroyed) {
          timer._idleTimeout = timer._repeat;
          if (timer._heapIndex < 0) timer._arm(start);
        } else if (timer._heapIndex < 0 && !timer._destroyed) {
          // not refreshed during its callback: done
          timer._destroyed = true;
          if (timer[kHasPrimitive]) knownTimersById.delete(timer._id);
          if (timer[kRefed]) decRef();
        }
      }
      // Node: after a throw the next callback runs before the ticks (node::RunTimers calls
      // processTimers again); the macrotask's own drain covers the last one
      if (!threw) drainQueues();
      if (process._exiting) break;
      now = binding.now();
      cachedNow = now;
    }
  } finally {
    cachedNow = -1;
    reschedule();
  }
}

// ---- Immediate --------------------------------------------------------------------------
let immediateQueue = [];
let immediateRefCount = 0;
// The host's run of the queue is already scheduled (one crossing per run, not per setImmediate;
// the host clears its own mark just before it calls processImmediates).
let immediateScheduled = false;

function scheduleImmediates() {
  if (!immediateScheduled) {
    immediateScheduled = true;
    binding.scheduleImmediate();
  }
}

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = false;
    this.ref();
    immediateQueue.push(this);
    scheduleImmediates();
  }

  ref() {
    if (!this[kRefed] && !this._destroyed) {
      this[kRefed] = true;
      if (immediateRefCount++ === 0) binding.toggleImmediateRef(true);
    }
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (--immediateRefCount === 0) binding.toggleImmediateRef(false);
    }
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  [Symbol.dispose]() {
    clearImmediate(this);
  }
}

function setImmediate(callback, ...args) {
  validateCallback(callback);
  return new Immediate(callback, args.length ? args : undefined);
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed) return;
  immediate.unref();
  immediate._destroyed = true;
  immediate._onImmediate = null;
}

function processImmediates() {
  immediateScheduled = false;
  const queue = immediateQueue;
  immediateQueue = [];
  for (let i = 0; i < queue.length; i++) {
    const imm = queue[i];
    if (imm._destroyed) continue;
    imm.unref();
    imm._destroyed = true;
    const cb = imm._onImmediate;
    imm._onImmediate = null;
    try {
      if (imm._argv === undefined) cb();
      else cb(...imm._argv);
    } catch (err) {
      onUncaught(err);
      if (process._exiting) return;
      continue;  // as timers: the next immediate runs before the ticks (node::CheckImmediate)
    }
    drainQueues();
    if (process._exiting) return;
  }
  if (immediateQueue.length > 0) scheduleImmediates();
}

const kPromisify = Symbol.for('nodejs.util.promisify.custom');
Object.defineProperty(setTimeout, kPromisify, {
  enumerable: true, configurable: true, get() { return require('timers/promises').setTimeout; },
});
Object.defineProperty(setImmediate, kPromisify, {
  enumerable: true, configurable: true, get() { return require('timers/promises').setImmediate; },
});

function setup() {
  binding.setup(processTimers, processImmediates, arena);
}

module.exports = {
  setup, setTimeout, clearTimeout, setInterval, clearInterval, setImmediate, clearImmediate,
  Timeout, Immediate, TIMEOUT_MAX, kRefed,
};
