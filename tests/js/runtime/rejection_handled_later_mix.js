// caught and uncaught rejections mixed: unhandledRejection only for those still unhandled after the
// microtask drain, rejectionHandled when a handler comes in a later turn
const seen = new Map();
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandledRejection', reason instanceof Error ? reason.message : reason);
  seen.set(promise, reason);
});
process.on('rejectionHandled', (promise) => {
  console.log('rejectionHandled', seen.has(promise), String(seen.get(promise)));
});
const a = Promise.reject(new Error('a'));
const b = Promise.reject('b');
Promise.reject(new Error('c')).catch(() => console.log('c caught in the same turn'));
const d = Promise.reject(new Error('d'));
queueMicrotask(() => d.catch(() => console.log('d caught in a microtask')));
process.nextTick(() => Promise.reject(new Error('e')));
(async () => { throw new Error('f'); })();
(async () => { await null; throw new Error('g'); })().catch(() => console.log('g caught'));
setTimeout(() => {
  a.catch((e) => console.log('a caught late', e.message));
  console.log('timer');
}, 5);
setTimeout(() => b.then(null, (r) => console.log('b caught late', r)), 10);
setTimeout(() => console.log('end'), 20);
process.on('exit', (c) => console.log('exit', c));
