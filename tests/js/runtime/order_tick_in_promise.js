const out = [];
Promise.resolve().then(() => {
  out.push('p1');
  process.nextTick(() => out.push('tick-from-p1'));
  Promise.resolve().then(() => out.push('p3'));
});
Promise.resolve().then(() => out.push('p2'));
process.nextTick(() => {
  out.push('tick');
  Promise.resolve().then(() => out.push('p-from-tick'));
  process.nextTick(() => out.push('tick-from-tick'));
});
setTimeout(() => console.log(out.join(' ')), 10);
