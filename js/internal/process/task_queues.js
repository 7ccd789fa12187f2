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

function nextTick(callback, ...args) {
  validateCallback(callback);
  if (globalThis.process && globalThis.process._exiting) return;
  queue.push(args.length ? { callback, args } : { callback, args: null });
}

// Run every queued tick (including ones queued meanwhile). Returns true if any ran.
function runTicks() {
  if (head === queue.length) return false;
  while (head < queue.length) {
    const tock = queue[head];
    queue[head++] = undefined;
    try {
      if (tock.args === null) tock.callback();
      else tock.callback(...tock.args);
    } catch (err) {
      onUncaught(err);
    }
  }
  queue = [];
  head = 0;
  return true;
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
  nextTick, runTicks, hasTicks, queueMicrotask, setUncaughtHandler, drainQueues, macrotask,
  hostFlags, setDrainHooks,
};
