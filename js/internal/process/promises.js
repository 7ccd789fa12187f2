'use strict';
// Node's lib/internal/process/promises.js (v20) on SpiderMonkey's rejection tracker.
//
// nodecompat/runtime/rejection_tracker.py forwards the engine's two notifications to track():
// "rejected with no handler" (at rejection time) and "a handler was added later" (any reaction,
// including the engine's own for `await`, `for await` and async generators). After the tick and
// microtask drain of each macrotask, processPromiseRejections() reports what is still unhandled,
// in the mode given by --unhandled-rejections, and emits 'rejectionHandled' for late handlers.

const kModes = new Map([
  ['strict', 'strict'], ['warn', 'warn'], ['none', 'none'], ['throw', 'throw'],
  ['warn-with-error-code', 'warn-with-error-code'],
]);

const maybeUnhandled = new WeakMap(); // promise -> { reason, uid, warned }
let pendingUnhandled = [];            // promises reported unhandled, oldest first
let asyncHandled = [];                // { promise, warning }: handled after they were reported
let lastId = 0;
let mode = null;
let hooks = null; // { process, onUncaught, printNonError }

function setup(h) {
  hooks = h;
  Object.defineProperty(globalThis, '__ncPromiseTracker', {
    value: track, writable: true, enumerable: false, configurable: true, // a later Host (embedded) replaces it
  });
}

// Called by the engine (through the host) inside Promise.reject / then / await: must not throw.
function track(promise, handled, reason) {
  try {
    if (!handled) {
      maybeUnhandled.set(promise, { reason, uid: ++lastId, warned: false });
      pendingUnhandled.push(promise);
      return;
    }
    const info = maybeUnhandled.get(promise);
    if (info === undefined) return;
    maybeUnhandled.delete(promise);
    if (info.warned) {
      const warning = new Error(`Promise rejection was handled asynchronously (rejection id: ${info.uid})`);
      warning.name = 'PromiseRejectionHandledWarning';
      warning.id = info.uid;
      asyncHandled.push({ promise, warning });
    }
  } catch {
    // never leave an exception inside the engine's promise machinery
  }
}

function hasRejectionToWarn() {
  return pendingUnhandled.length !== 0 || asyncHandled.length !== 0;
}

function unhandledRejectionsMode() {
  if (mode !== null) return mode;
  mode = 'throw';
  const { process } = hooks;
  const flags = [...(process.env.NODE_OPTIONS || '').split(/\s+/), ...process.execArgv];
  for (let i = 0; i < flags.length; i++) {
    let value;
    if (flags[i].startsWith('--unhandled-rejections=')) value = flags[i].slice(23);
    else if (flags[i] === '--unhandled-rejections') value = flags[i + 1];
    if (value !== undefined && kModes.has(value)) mode = kModes.get(value);
  }
  return mode;
}

// Node: an object with an own `stack`, which every V8 error has; SpiderMonkey's errors inherit
// `stack`, so a native error counts too
function isErrorLike(o) {
  if (o === null || typeof o !== 'object') return false;
  if (Object.prototype.hasOwnProperty.call(o, 'stack')) return true;
  if (typeof Error.isError === 'function') return Error.isError(o);
  return Object.prototype.toString.call(o) === '[object Error]';
}

// V8's Object::NoSideEffectsToString, which Node uses for these texts: no getters, no toString calls
function dataProperty(obj, key) {
  for (let o = obj; o !== null; o = Object.getPrototypeOf(o)) {
    const d = Object.getOwnPropertyDescriptor(o, key);
    if (d !== undefined) return 'value' in d ? d.value : undefined;
  }
  return undefined;
}

function noSideEffectsToString(v) {
  try {
    if (typeof v === 'function') return Function.prototype.toString.call(v);
    if (v === null || (typeof v !== 'object')) return String(v);
    const toString = dataProperty(v, 'toString');
    if (v instanceof Error || toString === Error.prototype.toString) {
      const name = dataProperty(v, 'name');
      const message = dataProperty(v, 'message');
      const n = name === undefined ? 'Error' : String(name);
      const m = message === undefined ? '' : String(message);
      return n === '' ? m : (m === '' ? n : `${n}: ${m}`);
    }
    if (toString === Object.prototype.toString) {
      const ctor = dataProperty(v, 'constructor');
      const name = typeof ctor === 'function' ? Object.getOwnPropertyDescriptor(ctor, 'name') : undefined;
      if (name && typeof name.value === 'string' && name.value !== '') return `#<${name.value}>`;
    }
    const tag = dataProperty(v, Symbol.toStringTag);
    const builtin = Array.isArray(v) ? 'Array' : Object.prototype.toString.call(v).slice(8, -1);
    return `[object ${typeof tag === 'string' ? tag : builtin}]`;
  } catch {
    return '[object Unknown]';
  }
}

function generateUnhandledRejectionError(reason) {
  const err = new Error('This error originated either by throwing inside of an async function without a catch block, ' +
    `or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "${noSideEffectsToString(reason)}".`);
  err.code = 'ERR_UNHANDLED_REJECTION';
  Object.defineProperty(err, 'name', { value: 'UnhandledPromiseRejection', enumerable: false, configurable: true, writable: true });
  return err;
}

function emitWarning(warning, type) {
  hooks.process.emitWarning(warning, type);
}

function emitUnhandledRejectionWarning(uid, reason) {
  const warning = new Error('Unhandled promise rejection. This error originated either by ' +
    'throwing inside of an async function without a catch block, ' +
    'or by rejecting a promise which was not handled with .catch(). ' +
    'To terminate the node process on unhandled promise ' +
    'rejection, use the CLI flag `--unhandled-rejections=strict` (see ' +
    'https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). ' +
    `(rejection id: ${uid})`);
  warning.name = 'UnhandledPromiseRejectionWarning';
  try {
    if (isErrorLike(reason)) {
      warning.stack = reason.stack;
      emitWarning(reason.stack, 'UnhandledPromiseRejectionWarning');
    } else {
      emitWarning(noSideEffectsToString(reason), 'UnhandledPromiseRejectionWarning');
    }
  } catch {
    try {
      emitWarning(noSideEffectsToString(reason), 'UnhandledPromiseRejectionWarning');
    } catch {
      // as Node: ignore
    }
  }
  emitWarning(warning);
}

function emit(reason, promise) {
  return hooks.process.emit('unhandledRejection', reason, promise);
}

// Node's triggerUncaughtException(err, true): 'uncaughtException' listeners (origin
// 'unhandledRejection'), else print and exit 1.
function triggerUncaught(reason) {
  const { process } = hooks;
  if (!isErrorLike(reason) && process.listenerCount('uncaughtException') === 0) {
    hooks.printNonError(generateUnhandledRejectionError(reason));
    return;
  }
  hooks.onUncaught(isErrorLike(reason) ? reason : generateUnhandledRejectionError(reason), 'unhandledRejection');
}

// After the tick/microtask drain. Returns true if it ran JS that may have queued work.
function processPromiseRejections() {
  if (!hasRejectionToWarn()) return false;
  const { process } = hooks;
  let maybeScheduled = asyncHandled.length > 0;
  while (asyncHandled.length > 0) {
    const { promise, warning } = asyncHandled.shift();
    if (!process.emit('rejectionHandled', promise)) emitWarning(warning);
    if (process._exiting) return true;
  }
  let len = pendingUnhandled.length;
  while (len-- > 0) {
    const promise = pendingUnhandled.shift();
    const info = maybeUnhandled.get(promise);
    if (info === undefined) continue;
    info.warned = true;
    const { reason, uid } = info;
    try {
      switch (unhandledRejectionsMode()) {
        case 'strict': {
          triggerUncaught(reason);
          if (process._exiting) return true;
          if (!emit(reason, promise)) emitUnhandledRejectionWarning(uid, reason);
          break;
        }
        case 'none':
          emit(reason, promise);
          break;
        case 'warn':
          emit(reason, promise);
          emitUnhandledRejectionWarning(uid, reason);
          break;
        case 'throw':
          if (!emit(reason, promise)) triggerUncaught(reason);
          break;
        case 'warn-with-error-code':
          if (!emit(reason, promise)) {
            emitUnhandledRejectionWarning(uid, reason);
            process.exitCode = 1;
          }
          break;
      }
    } catch (err) {
      if (process._exiting) throw err; // the exit sentinel: let it unwind to the host
      hooks.onUncaught(err);
    }
    maybeScheduled = true;
    if (process._exiting) return true;
  }
  return maybeScheduled || pendingUnhandled.length !== 0;
}

module.exports = { setup, processPromiseRejections, hasRejectionToWarn };
