// old-style inheritance with util.inherits
const EventEmitter = require('events');
const util = require('util');
function Legacy() { EventEmitter.call(this); this.name = 'legacy'; }
util.inherits(Legacy, EventEmitter);
const l = new Legacy();
l.on('ping', (v) => console.log('pong', v, l.name));
l.emit('ping', 7);
console.log(Legacy.super_ === EventEmitter, l instanceof EventEmitter);
console.log(l);
