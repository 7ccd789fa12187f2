const { setTimeout: sleep, setImmediate: immediate, setInterval: every } = require('timers/promises');
(async () => {
  console.log(await sleep(2, 'a'));
  console.log(await immediate('b'));
  let n = 0;
  for await (const v of every(2, 'c')) { console.log(v, ++n); if (n === 3) break; }
  const ac = new AbortController();
  const p = sleep(1000, 'never', { signal: ac.signal });
  ac.abort();
  try { await p; } catch (e) { console.log(e.name, e.code); }
})();
