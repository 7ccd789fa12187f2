'use strict';
// Sets up the Node-like environment: stack format, process, timers, Buffer, console, globals,
// the CommonJS/ESM loader, and the host's entry points (api.*).

module.exports = function bootstrap(realm) {
  const { api, requireBuiltin } = realm;

  require('internal/globals/shims').install();
  Object.defineProperty(globalThis, Symbol.toStringTag, {
    value: 'global', writable: false, enumerable: false, configurable: true,
  });
  require('internal/globals/stack').install();

  const processMod = require('internal/process/object');
  const process = processMod.createProcess(realm);
  delete globalThis.global;
  defineGlobal('global', globalThis);
  defineGlobal('process', process);

  const ticks = require('internal/process/task_queues');
  const execution = require('internal/process/execution');
  execution.setup(realm, process);

  const timers = require('internal/timers');
  timers.setup();
  // Node's order of the enumerable globals (Object.keys(globalThis), console.log(globalThis))
  for (const name of ['clearImmediate', 'setImmediate', 'clearInterval', 'clearTimeout',
    'setInterval', 'setTimeout']) {
    delete globalThis[name]; // the engine's, so ours take Node's place in key order
    defineGlobal(name, timers[name]);
  }
  defineGlobal('queueMicrotask', ticks.queueMicrotask);

  // Buffer: the `buffer` built-in (npm `buffer` underneath)
  const { Buffer } = require('buffer');
  defineGlobal('Buffer', Buffer);
  const proto = Buffer.prototype;
  api.FastBuffer = (u8) => Object.setPrototypeOf(u8, proto);

  require('internal/globals/install').install(defineGlobal, defineLazyGlobal);

  // console: the built-in when present, else a minimal one
  defineLazyGlobal('console', () => {
    if (realm.builtinSet.has('console')) return requireBuiltin('console');
    return require('internal/globals/console').createConsole();
  });

  const cjs = require('internal/modules/cjs/loader');
  cjs.setup(realm);

  api.startProcess = (argv, execPath, execArgv) => {
    processMod.start(process, argv, execPath, execArgv);
  };
  api.runMain = (file) => cjs.runMain(file);
  api.evalScript = (code, print, name) => cjs.evalScript(code, print, name);
  api.runTicks = ticks.runTicks;
  api.afterDrain = execution.afterDrain;
  api.onUncaught = execution.onUncaught;
  api.emitBeforeExit = execution.emitBeforeExit;
  api.emitExit = execution.emitExit;
  api.exitCode = () => execution.currentExitCode();
};

// The globals Node makes enumerable; every other one is not.
const kEnumerable = new Set(['global', 'clearImmediate', 'setImmediate', 'clearInterval', 'clearTimeout',
  'setInterval', 'setTimeout', 'queueMicrotask', 'structuredClone', 'atob', 'btoa', 'performance',
  'fetch', 'crypto']);

function defineGlobal(name, value) {
  Object.defineProperty(globalThis, name, {
    value, writable: true, configurable: true, enumerable: kEnumerable.has(name),
  });
}

function defineLazyGlobal(name, get) {
  Object.defineProperty(globalThis, name, {
    configurable: true,
    enumerable: kEnumerable.has(name),
    get() {
      const value = get();
      defineGlobal(name, value);
      return value;
    },
    set(value) {
      defineGlobal(name, value);
    },
  });
}
