'use strict';
// Web-platform and Node globals that SpiderMonkey/pythonmonkey lack, installed lazily.

function install(defineGlobal, defineLazyGlobal) {
  installEncoding(defineGlobal);
  installUrl(defineGlobal);
  defineLazyGlobal('Blob', () => require('buffer').Blob);
  installDispose();
  defineGlobal('structuredClone', require('internal/globals/structured_clone').structuredClone);
  // atob/btoa are buffer's (Node's errors); re-added so they follow structuredClone in key order
  delete globalThis.atob;
  delete globalThis.btoa;
  defineGlobal('atob', require('buffer').atob);
  defineLazyGlobal('btoa', () => require('buffer').btoa);
  defineLazyGlobal('AbortController', () => require('internal/globals/abort').AbortController);
  defineLazyGlobal('AbortSignal', () => require('internal/globals/abort').AbortSignal);
  defineLazyGlobal('performance', () => require('perf_hooks').performance);
  defineLazyGlobal('PerformanceObserver', () => require('perf_hooks').PerformanceObserver);
  defineLazyGlobal('PerformanceEntry', () => require('perf_hooks').PerformanceEntry);
  defineLazyGlobal('PerformanceMark', () => require('perf_hooks').PerformanceMark);
  defineLazyGlobal('PerformanceMeasure', () => require('perf_hooks').PerformanceMeasure);
  defineLazyGlobal('DOMException', () => require('internal/globals/web').DOMException);
  defineLazyGlobal('Event', () => require('internal/globals/web').Event);
  defineLazyGlobal('EventTarget', () => require('internal/globals/web').EventTarget);
  defineLazyGlobal('CustomEvent', () => require('internal/globals/web').CustomEvent);
  // pythonmonkey's own helpers are not Node's
  for (const name of ['python', 'pmEval', 'XMLHttpRequest', 'XMLHttpRequestEventTarget', 'XMLHttpRequestUpload',
    'ProgressEvent', 'bootstrap']) {
    try { delete globalThis[name]; } catch { /* non-configurable */ }
  }
}

// A lazy global whose getter may find its module still loading (the module itself probes the
// global): then `load()` returns undefined and the getter stays in place for a later use.
function defineRetryingGlobal(name, load, fallback) {
  Object.defineProperty(globalThis, name, {
    configurable: true,
    enumerable: false,
    get() {
      const value = load();
      return value === undefined ? fallback() : value;
    },
    set(value) {
      Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
    },
  });
}

// TextEncoder/TextDecoder are util's (the same objects, as in Node). internal/util/encoding reads
// globalThis.TextEncoder while it loads: answer undefined then so it picks its own classes.
function installEncoding(defineGlobal) {
  const names = ['TextEncoder', 'TextDecoder'];
  let loading = false;
  const load = (name) => {
    if (loading) return undefined;
    loading = true;
    try {
      const enc = require('internal/util/encoding');
      if (!enc.TextEncoder) return undefined; // still loading further up the stack
      for (const n of names) defineGlobal(n, enc[n]);
      return enc[name];
    } finally {
      loading = false;
    }
  };
  for (const name of names) defineRetryingGlobal(name, () => load(name), () => undefined);
}

// URL/URLSearchParams are require('url')'s (Node's errors and inspect output). url's classes
// extend the engine's, which they read from these globals while loading: serve the engine's then.
function installUrl(defineGlobal) {
  const base = { URL: globalThis.URL, URLSearchParams: globalThis.URLSearchParams };
  if (typeof base.URL !== 'function') return;
  let loading = false;
  const load = (name) => {
    if (loading) return undefined;
    loading = true;
    try {
      const url = require('url');
      if (!url.URL) return undefined; // url.js is loading further up the stack
      defineGlobal('URL', url.URL);
      defineGlobal('URLSearchParams', url.URLSearchParams);
      return url[name];
    } finally {
      loading = false;
    }
  };
  for (const name of ['URL', 'URLSearchParams']) defineRetryingGlobal(name, () => load(name), () => base[name]);
}

// Node 20 has Symbol.dispose/asyncDispose (explicit resource management); keep the engine's if any.
function installDispose() {
  for (const [name, desc] of [['dispose', 'nodejs.dispose'], ['asyncDispose', 'nodejs.asyncDispose']]) {
    if (typeof Symbol[name] === 'symbol') continue;
    Object.defineProperty(Symbol, name, { value: Symbol(desc), writable: false, configurable: false, enumerable: false });
  }
}

module.exports = { install };
