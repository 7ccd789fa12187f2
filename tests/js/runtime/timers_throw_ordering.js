// After a timer or immediate callback throws (and 'uncaughtException' handles it), Node runs the
// next callback of the same batch before the ticks and promise jobs queued meanwhile; the batch's
// other callbacks drain ticks in between as usual.
process.on('uncaughtException', (e) => {
  console.log('uncaught', e.message);
  Promise.resolve().then(() => console.log('job after uncaught'));
  process.nextTick(() => console.log('tick after uncaught'));
});
setImmediate(() => { console.log('imm a'); process.nextTick(() => console.log('tick a')); });
setImmediate(() => { console.log('imm b'); throw new Error('boom'); });
setImmediate(() => { console.log('imm c'); queueMicrotask(() => console.log('qm c')); });
setImmediate(() => { console.log('imm d'); throw new Error('last'); });
