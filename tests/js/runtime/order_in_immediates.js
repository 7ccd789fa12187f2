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
setTimeout(() => console.log(out.join(' ')), 30);
