'use strict';
// process.nextTick's queue and queueMicrotask. The host runs `runTicks` after every macrotask and
// then the promise jobs (nodecompat/runtime/host.py: drain), as Node's processTicksAndRejections.

let queue = [];
let head = 0;

let onUncaught = null; // set by internal/process/execution

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

module.exports = { nextTick, runTicks, hasTicks, queueMicrotask, setUncaughtHandler };
