const { getEventListeners, EventEmitter, listenerCount } = require('events');
const e = new EventEmitter();
const a = () => {};
e.on('q', a); e.once('q', () => {});
console.log(getEventListeners(e, 'q').length, getEventListeners(e, 'q')[0] === a, listenerCount(e, 'q'));
console.log(e.listenerCount('q', a));
try { getEventListeners(5, 'x'); } catch (err) { console.log(err.name, err.code, err.message); }
try { e.emit('error'); } catch (err) { console.log(err.code, err.message); }
