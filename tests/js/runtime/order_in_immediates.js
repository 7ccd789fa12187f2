const out = [];
setImmediate(() => {
  out.push('I1');
  Promise.resolve().then(() => out.push('I1-micro'));
  process.nextTick(() => out.push('I1-tick'));
  setImmediate(() => out.push('I3 (next loop)'));
});
setImmediate(() => {
  out.push('I2');
});
// printed at exit: a 30 ms timer could fire before the first immediates when the loop starts late
process.on('exit', () => console.log(out.join(' ')));
