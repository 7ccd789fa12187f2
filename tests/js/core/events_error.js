// 'error' with no listener: Errors rethrown as-is, other values wrapped in ERR_UNHANDLED_ERROR
const EventEmitter = require('events');
const e = new EventEmitter();
for (const v of [new Error('real'), 'a string', 42, { obj: true }, undefined]) {
  try { e.emit('error', v); } catch (err) {
    console.log(err === v, err.name, err.code, err.message, err.context);
  }
}
e.on(EventEmitter.errorMonitor, (err) => console.log('monitor saw', err.message));
e.on('error', (err) => console.log('handled', err.message));
e.emit('error', new Error('second'));
