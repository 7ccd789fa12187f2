// After a timer callback throws (and 'uncaughtException' handles it), Node runs the next due
// timer of the same batch before the ticks and promise jobs queued meanwhile; the batch's other
// callbacks drain ticks in between as usual.
// The busy wait keeps node deterministic: node stamps each timer's start with a fresh loop time
// (getLibuvNow updates it), so when a millisecond boundary fell between the setTimeout calls
// (often, under load) t2 was not yet due when t1 ran and went to the next batch, after the
// ticks. Firing all three ≥ 8 ms late makes them due together.
process.on('uncaughtException', (e) => {
  console.log('uncaught', e.message);
  Promise.resolve().then(() => console.log('job after uncaught'));
  process.nextTick(() => console.log('tick after uncaught'));
});
setTimeout(() => {
  setTimeout(() => { console.log('t1'); throw new Error('tboom'); }, 2);
  setTimeout(() => { console.log('t2'); process.nextTick(() => console.log('tick t2')); }, 2);
  setTimeout(() => { console.log('t3'); }, 2);
  const end = performance.now() + 10;
  while (performance.now() < end);
}, 20);
