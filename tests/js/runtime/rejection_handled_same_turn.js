Promise.reject(new Error('a')).catch((e) => console.log('caught', e.message));
new Promise((_, rej) => rej(new Error('b'))).catch((e) => console.log('caught', e.message));
(async () => { throw new Error('c'); })().catch((e) => console.log('caught', e.message));
async function thrower() { throw new Error('d'); }
(async () => {
  try { await thrower(); } catch (e) { console.log('caught', e.message); }
  try { await Promise.reject(new Error('e')); } catch (e) { console.log('caught', e.message); }
})();
const p = Promise.reject(new Error('f'));
p.then(() => {}, (e) => console.log('caught', e.message));
setTimeout(() => console.log('done'), 10);
