'use strict';
// process.nextTick's queue and queueMicrotask. The host runs `runTicks` after every macrotask and
// then the promise jobs (nodecompat/runtime/host.py: drain), as Node's processTicksAndRejections.

let queue = [];
let head = 0;

let onUncaught = null; // set by internal/process/execution

// Shared with the host (pinned for the process lifetime, handed over once at boot):
// [0] 1 while promise jobs may wait on the asyncio loop (the host sets it when pythonmonkey queues
//     one, and clears it once its drain found none); [1] 1 once the process is exiting.
const hostFlags = new Int32Array(2);
let afterDrain = null; // internal/process/execution's unhandled-rejection check
let hostDrain = null;  // the host's own drain: runs the promise jobs (one crossing)

function setDrainHooks(after, drain) {
  afterDrain = after;
  hostDrain = drain;
}

function setUncaughtHandler(fn) {
  onUncaught = fn;
}

function validateCallback(callback) {
  if (typeof callback !== 'function') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
}

// Up to 3 arguments ride in the tick itself (no rest array, no spread call): http2 queues ~10
// ticks per request.
function nextTick(callback, a1, a2, a3) {
  validateCallback(callback);
  if (globalThis.process && globalThis.process._exiting) return;
  const n = arguments.length - 1;
  if (n <= 3) {
    queue.push({ callback, n, a1, a2, a3, args: null });
  } else {
    const args = [];
    for (let i = 1; i < arguments.length; i++) args.push(arguments[i]);
    queue.push({ callback, n, a1: undefined, a2: undefined, a3: undefined, args });
  }
}

// Functions run once the tick queue is empty (before promise jobs), each once per request: http2
// hands the turn's batched stream commands to the engine there, in one call, without a tick that
// re-queues itself behind every other tick.
let afterTicksQueue = [];

function runAfterTicks(fn) {
  afterTicksQueue.push(fn);
}

// Run every queued tick (including ones queued meanwhile), then the after-ticks functions, until
// both are empty. Returns true if anything ran.
function runTicks() {
  if (head === queue.length && afterTicksQueue.length === 0) return false;
  for (;;) {
    while (head < queue.length) {
      const tock = queue[head];
      queue[head++] = undefined;
      try {
        const callback = tock.callback;  // called without a receiver, as Node does
        switch (tock.n) {
          case 0: callback(); break;
          case 1: callback(tock.a1); break;
          case 2: callback(tock.a1, tock.a2); break;
          case 3: callback(tock.a1, tock.a2, tock.a3); break;
          default: callback(...tock.args);
        }
      } catch (err) {
        onUncaught(err);
      }
    }
    queue = [];
    head = 0;
    if (afterTicksQueue.length === 0) return true;
    const fns = afterTicksQueue;
    afterTicksQueue = [];
    for (let i = 0; i < fns.length; i++) {
      try {
        fns[i]();
      } catch (err) {
        onUncaught(err);
      }
    }
  }
}

function hasTicks() {
  return head < queue.length;
}

// Node's processTicksAndRejections after a macrotask, in JS: nextTicks, then promise jobs, then the
// unhandled-rejection check, until all are empty. Crosses into Python only when promise jobs are
// queued (they live on the asyncio loop); the host's drain then runs the same loop to the end.
function drainQueues() {
  while (hostFlags[1] === 0) {
    runTicks();
    if (hostFlags[0] !== 0) {
      hostDrain();
      return;
    }
    if (!afterDrain()) return;
  }
}

// A Python -> JS call as a macrotask (host.call): a throw goes to the uncaught path, then the
// queues drain, all in one crossing.
function macrotask(fn, ...args) {
  let result;
  try {
    result = fn(...args);
  } catch (err) {
    if (hostFlags[1] === 0) onUncaught(err);
  }
  drainQueues();
  return result;
}

function queueMicrotask(callback) {
  if (typeof callback !== 'function') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('callback', 'function', callback);
  }
  Promise.resolve().then(() => {
    try {
      callback();
    } catch (err) {
      onUncaught(err);
    }
  });
}

module.exports = {
  nextTick, runTicks, hasTicks, runAfterTicks, queueMicrotask, setUncaughtHandler, drainQueues, macrotask,
  hostFlags, setDrainHooks,
};
