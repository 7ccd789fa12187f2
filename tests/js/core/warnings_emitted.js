// @env NODE_NO_WARNINGS=1
// warnings are checked through the 'warning' event (their default print carries the pid)
process.on('warning', (w) => console.log('warning event:', w.name, w.code, w.message));
// MaxListenersExceededWarning, util.deprecate, console.time/count misuse
const EventEmitter = require('events');
const util = require('util');
const e = new EventEmitter();
e.setMaxListeners(2);
for (let i = 0; i < 4; i++) e.on('evt', () => {});
console.log(e.listenerCount('evt'), e.getMaxListeners());
const f = new EventEmitter();
EventEmitter.setMaxListeners(1, f);
f.on('a', () => {}); f.on('a', () => {});
const old = util.deprecate(() => 'result', 'old() is deprecated', 'DEP_TEST1');
console.log(old(), old());
const old2 = util.deprecate(function () { return 'r2'; }, 'old2 is deprecated');
console.log(old2());
console.time('t'); console.time('t');
console.timeEnd('missing'); console.timeLog('missing2');
console.countReset('nope');
process.emitWarning('custom text', 'CustomWarning', 'CODE1');
