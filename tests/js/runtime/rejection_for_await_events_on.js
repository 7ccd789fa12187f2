// for await over events.on(): an 'error' event rejects the pending and the next next()
const { EventEmitter, on } = require('events');
(async () => {
  const ee = new EventEmitter();
  setTimeout(() => {
    ee.emit('data', 1);
    ee.emit('data', 2);
    ee.emit('error', new Error('emitter failed'));
  }, 1);
  try {
    for await (const [v] of on(ee, 'data')) console.log('data', v);
  } catch (e) {
    console.log('caught', e.message);
  }
  const ee2 = new EventEmitter();
  const iter = on(ee2, 'data');
  ee2.emit('error', new Error('before iterating'));
  try {
    for await (const [v] of iter) console.log('data', v);
  } catch (e) {
    console.log('caught', e.message);
  }
  console.log('listeners left', ee.listenerCount('data'), ee2.listenerCount('error'));
})().then(() => console.log('done'));
process.on('exit', (c) => console.log('exit', c));
