// process.nextTick passes its extra arguments as given (count included, 0..5) and calls the
// callback without a receiver; setImmediate queued in bulk keeps its order and arguments.
'use strict';
const show = (label) => function (...args) {
  console.log(label, this === undefined ? 'this:undefined' : 'this:' + typeof this,
              args.length, JSON.stringify(args));
};
process.nextTick(show('t0'));
process.nextTick(show('t1'), undefined);
process.nextTick(show('t2'), 1, 'b');
process.nextTick(show('t3'), 1, 2, 3);
process.nextTick(show('t4'), 1, 2, 3, 4);
process.nextTick(show('t5'), 1, 2, 3, 4, { five: 5 });
process.nextTick(function sloppyReceiver() { console.log('sloppy', arguments.length); });
for (let i = 0; i < 5; i++) {
  setImmediate((n) => {
    console.log('immediate', n);
    if (n === 0) setImmediate(() => console.log('immediate queued inside the run'));
    process.nextTick(() => console.log('tick after immediate', n));
  }, i);
}
Promise.resolve().then(() => process.nextTick(show('from promise'), 'p'));
