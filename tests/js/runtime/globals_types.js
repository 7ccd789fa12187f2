const names = ['process', 'global', 'Buffer', 'queueMicrotask', 'TextEncoder', 'TextDecoder', 'AbortController',
  'AbortSignal', 'structuredClone', 'performance', 'EventTarget', 'Event', 'setTimeout', 'setImmediate',
  'clearImmediate', 'setInterval', 'URL', 'URLSearchParams', 'console', 'DOMException'];
for (const n of names) console.log(n, typeof globalThis[n]);
console.log(global === globalThis, Object.prototype.toString.call(process));
console.log(typeof require('timers').setTimeout, require('timers').setTimeout === setTimeout);
console.log(require('process') === process, require('node:process') === process);
