// An 'error' event nobody listens to: node's report shows the throw site in lib/events.js, the
// error's stack, then "Emitted 'error' event on Foo instance at:" and the emit site (frames
// shared with the error's stack collapsed into "[... lines matching original stack trace ...]").
const EventEmitter = require('events');
class Foo extends EventEmitter {}
console.log('before');
new Foo().emit('error', new Error('foo boom'));
