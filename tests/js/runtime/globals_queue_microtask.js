const out = [];
queueMicrotask(() => out.push('micro1'));
process.nextTick(() => out.push('tick'));
Promise.resolve().then(() => out.push('promise'));
queueMicrotask(() => out.push('micro2'));
setTimeout(() => console.log(out.join(' ')), 5);
try { queueMicrotask('x'); } catch (e) { console.log(e.code); }
