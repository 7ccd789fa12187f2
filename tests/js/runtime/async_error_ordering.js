const out = [];
setTimeout(() => out.push('timeout'), 0);
setImmediate(() => out.push('immediate'));
(async () => {
  out.push('async start');
  await undefined;
  out.push('after await');
  process.nextTick(() => out.push('tick in async'));
  await new Promise((r) => setImmediate(r));
  out.push('after immediate await');
})();
process.on('exit', () => console.log(out.filter((x) => x !== 'timeout').join(', ')));
