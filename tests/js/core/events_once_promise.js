const { once, EventEmitter } = require('events');
const e = new EventEmitter();
(async () => {
  process.nextTick(() => e.emit('ready', 'a', 'b'));
  console.log('got', await once(e, 'ready'));
  process.nextTick(() => e.emit('error', new Error('failed')));
  try { await once(e, 'never'); } catch (err) { console.log('rejected', err.message); }
  const ac = new AbortController();
  process.nextTick(() => ac.abort());
  try { await once(e, 'never', { signal: ac.signal }); } catch (err) { console.log(err.name, err.code, err.message); }
  console.log('listeners left', e.listenerCount('never'), e.listenerCount('error'));
})();
