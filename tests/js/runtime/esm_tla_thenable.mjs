const v = await { then(resolve) { setTimeout(() => resolve('thenable value'), 2); } };
console.log(v);
const results = await Promise.all([1, Promise.resolve(2), new Promise((r) => setImmediate(() => r(3)))]);
console.log(results);
try { await Promise.reject(new Error('caught in TLA')); } catch (e) { console.log(e.message); }
