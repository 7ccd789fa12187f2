const { on, EventEmitter } = require('events');
const e = new EventEmitter();
(async () => {
  process.nextTick(() => { e.emit('data', 1); e.emit('data', 2, 'two'); e.emit('end'); });
  for await (const args of on(e, 'data', { close: ['end'] })) console.log('data', args);
  console.log('done, listeners:', e.listenerCount('data'));
  const ac = new AbortController();
  process.nextTick(() => { e.emit('data', 3); ac.abort(); });
  try {
    for await (const args of on(e, 'data', { signal: ac.signal })) console.log('data2', args);
  } catch (err) { console.log(err.name, err.message); }
})();
