// An 'error' event on a plain EventEmitter (no "on ... instance"), emitted from a timer, and a
// non-Error value (ERR_UNHANDLED_ERROR, thrown from another line of lib/events.js).
const EventEmitter = require('events');
const which = process.argv[2];
if (which === 'string') new EventEmitter().emit('error', 'just a string');
else setTimeout(() => new EventEmitter().emit('error', new Error('later')), 1);
