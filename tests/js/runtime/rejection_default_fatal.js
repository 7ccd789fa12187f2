// default mode (throw): a for await that is caught is fine; the first rejection nobody handles is
// fatal after the drain, exit 1, and later work never runs
const it = { [Symbol.asyncIterator]() { return this; }, next() { return Promise.reject(new Error('handled')); } };
(async () => { try { for await (const v of it); } catch (e) { console.log('caught', e.message); } })();
async function* g() { yield 1; throw new Error('generator rejection nobody handles'); }
const gi = g();
gi.next().then((r) => { console.log('first', r.value); gi.next(); });
setTimeout(() => console.log('never'), 50);
process.on('exit', (c) => console.log('exit', c));
