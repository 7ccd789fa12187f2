const out = [];
setTimeout(() => {
  out.push('T1');
  Promise.resolve().then(() => out.push('T1-micro'));
  process.nextTick(() => out.push('T1-tick'));
}, 0);
setTimeout(() => {
  out.push('T2');
  Promise.resolve().then(() => out.push('T2-micro'));
}, 0);
setTimeout(() => console.log(out.join(' ')), 30);
