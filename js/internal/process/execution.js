'use strict';
// The error and exit paths: uncaught exceptions, unhandled rejections, beforeExit/exit.
//
// Unhandled rejections: internal/process/promises (Node's rules on the engine's tracker).

const binding = internalBinding('process');
const { setUncaughtHandler, setDrainHooks, macrotask, hostFlags } = require('internal/process/task_queues');
const { throwLocation } = require('internal/globals/stack');
const loader = internalBinding('loader');
const promises = require('internal/process/promises');

let process = null;
let realm = null;

function setup(realmState, proc) {
  realm = realmState;
  process = proc;
  setUncaughtHandler(onUncaught);
  setDrainHooks(afterDrain, internalBinding('timers').drain);
  // the host calls JS through macrotask (one crossing per call, drain included) and shares flags
  realm.api.macrotask = macrotask;
  realm.api.hostFlags = hostFlags;
  promises.setup({ process: proc, onUncaught, printNonError: printNonErrorRejection });
}

function currentExitCode() {
  return require('internal/process/object').exitCodeNumber();
}

// ---- printing like Node ------------------------------------------------------------------
let inspectFn = null;
function inspect(v) {
  if (!inspectFn) {
    try {
      inspectFn = require('internal/util/inspect').inspect;
    } catch {
      inspectFn = require('node-inspect-extracted').inspect;
    }
  }
  return inspectFn(v);
}

const sourceCache = new Map();
function sourceLine(file, line) {
  let lines = sourceCache.get(file);
  if (lines === undefined) {
    const text = file.startsWith('/') ? loader.readFile(file) : null;
    lines = text === null ? null : text.split(/\r?\n/);
    sourceCache.set(file, lines);
  }
  return lines && lines[line - 1];
}

// Node's throw sites in lib/events.js (v20) for an 'error' event nobody listens to
const kEnhanceStackBeforeInspector = require('internal/errors').kEnhanceStackBeforeInspector;
const kUnhandledErrorEvent = Symbol.for('nodecompat.unhandledErrorEvent');
const EVENTS_THROW_ER = "node:events:502\n      throw er; // Unhandled 'error' event\n      ^\n";
const EVENTS_THROW_ERR = "node:events:515\n    throw err; // Unhandled 'error' event\n    ^\n";

function locationHeader(err, fromPromise) {
  if (err === null || typeof err !== 'object') return '';
  if (!fromPromise) {
    if (typeof err[kEnhanceStackBeforeInspector] === 'function') return EVENTS_THROW_ER;
    if (err[kUnhandledErrorEvent] === true) return EVENTS_THROW_ERR;
  }
  const loc = throwLocation(err);
  if (!loc) return '';
  let [file, line, col] = loc;
  const text = sourceLine(file, line);
  if (text === undefined || text === null) return '';
  const builtin = file.startsWith(`${realm.jsRoot}/`);
  const esmNotFound = err && err[Symbol.for('nodecompat.esmNotFound')];
  if (esmNotFound === 'module') {
    return 'node:internal/modules/esm/resolve:283\n    throw new ERR_MODULE_NOT_FOUND(\n          ^\n';
  }
  if (esmNotFound === 'package') {
    return 'node:internal/modules/esm/resolve:873\n  throw new ERR_MODULE_NOT_FOUND(packageName, fileURLToPath(base), null);\n        ^\n';
  }
  if (builtin && err && err.code === 'MODULE_NOT_FOUND' && /^Cannot find module/.test(err.message)) {
    // thrown by the loader, as Node's own loader does
    return 'node:internal/modules/cjs/loader:1210\n  throw err;\n  ^\n';
  }
  if (builtin) {
    if (line === 1) {
      const prefix = `(function (${realm.WRAPPER}) {`.length;
      if (col > prefix) col -= prefix;
    }
  } else {
    col = require('internal/modules/columns').originalColumn(file, line, col);
  }
  // SpiderMonkey knows where the error was made, V8 where it was thrown: prefer `throw`
  // (a rejection shows where the error was made, in V8 too)
  let caret = col - 1;
  if (!fromPromise) {
    let t = text.lastIndexOf('throw', Math.max(0, caret));
    if (t === -1 || t > caret) t = text.indexOf('throw', caret);
    if (t !== -1) caret = t;
  }
  if (caret > text.length) caret = 0;
  const esm = require('internal/modules/esm/transform').esmFiles;
  const where = builtin && !file.includes('/node_modules/')
    ? `node:${file.slice(realm.jsRoot.length + 1).replace(/\.js$/, '')}`
    : (esm.has(file) ? require('internal/modules/esm/transform').fileURL(file) : file);
  return `${where}:${line}\n${text}\n${' '.repeat(caret)}^\n`;
}

function formatUncaught(err, fromPromise = false) {
  const isError = err instanceof Error || (err !== null && typeof err === 'object' && typeof err.stack === 'string');
  let body;
  // node's fatalExceptionStackEnhancers.beforeInspector: an unhandled 'error' event's stack gets
  // "Emitted 'error' event on <Class> instance at:" and the emit site
  if (isError && !fromPromise && typeof err[kEnhanceStackBeforeInspector] === 'function') {
    try {
      err.stack = err[kEnhanceStackBeforeInspector]();
    } catch {
      // best effort, as in node
    }
  }
  try {
    body = inspect(err);
  } catch {
    body = String(err);
  }
  if (!isError) {
    return `${locationHeader(err, fromPromise)}${body}\n(Use \`node --trace-uncaught ...\` to show where the exception was thrown)\n\nNode.js ${realm.nodeVersion}\n`;
  }
  return `${locationHeader(err, fromPromise)}\n${body}\n\nNode.js ${realm.nodeVersion}\n`;
}

function printUncaught(err, fromPromise = false) {
  require('internal/process/object').writeString(2, formatUncaught(err, fromPromise));
}

// ---- uncaught exceptions -----------------------------------------------------------------
let inHandler = false;
function onUncaught(err, origin = 'uncaughtException') {
  const { kExitSentinel } = require('internal/process/object');
  // primitives thrown through Python come back boxed
  if (err instanceof Number || err instanceof String || err instanceof Boolean) err = err.valueOf();
  if (err === kExitSentinel || (err && err.nodecompatExit)) return;
  if (process._exiting) return;
  if (process.listenerCount('uncaughtException') > 0 && !inHandler) {
    inHandler = true;
    try {
      process.emit('uncaughtException', err, origin);
    } catch (err2) {
      inHandler = false;
      printUncaught(err2);
      fatalExit(7);
      return;
    }
    inHandler = false;
    return;
  }
  printUncaught(err, origin === 'unhandledRejection');
  fatalExit(inHandler ? 7 : 1);
}

function fatalExit(code) {
  const proc = require('internal/process/object');
  proc.state().exitCode = code;
  if (!process._exiting) {
    process._exiting = true;
    proc.state().exiting = true;
    try {
      process.emit('exit', code);
    } catch (e) {
      printUncaught(e);
      code = 7;
    }
  }
  binding.reallyExit(code);
  throw proc.kExitSentinel;
}

// ---- unhandled rejections: internal/process/promises ------------------------------------
function printNonErrorRejection(err) {
  require('internal/process/object').writeString(2,
    `node:internal/process/promises:389\n      new UnhandledPromiseRejection(reason);\n      ^\n\n${inspect(err)}\n\nNode.js ${realm.nodeVersion}\n`);
  fatalExit(1);
}

// Called by the host after each drain. Returns true if it ran JS that may have queued work.
function afterDrain() {
  return promises.processPromiseRejections();
}

// ---- natural exit ------------------------------------------------------------------------
function emitBeforeExit() {
  if (process._exiting) return;
  process.emit('beforeExit', currentExitCode());
}

function emitExit() {
  if (process._exiting) return;
  process._exiting = true;
  require('internal/process/object').state().exiting = true;
  process.emit('exit', currentExitCode());
}

module.exports = {
  setup, onUncaught, printUncaught, formatUncaught, afterDrain, emitBeforeExit,
  emitExit, currentExitCode,
};
