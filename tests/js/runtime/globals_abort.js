const ac = new AbortController();
ac.signal.addEventListener('abort', (e) => console.log('abort event', e.type, ac.signal.reason.name));
console.log(ac.signal.aborted);
ac.abort();
console.log(ac.signal.aborted, ac.signal.reason instanceof DOMException, ac.signal.reason.message);
const s = AbortSignal.abort('why');
console.log(s.aborted, s.reason);
try { s.throwIfAborted(); } catch (e) { console.log('thrown', e); }
const t = AbortSignal.timeout(10);
t.onabort = () => console.log('timeout abort', t.reason.name, t.reason.message);
setTimeout(() => console.log('after', t.aborted), 50);
