const out = [];
process.nextTick(() => {
  out.push('a');
  process.nextTick(() => out.push('c'));
});
process.nextTick(() => out.push('b'));
setImmediate(() => {
  out.push('imm');
  process.nextTick(() => out.push('tick-in-imm'));
  Promise.resolve().then(() => out.push('promise-in-imm'));
});
setImmediate(() => console.log(out.join(' ')));
process.nextTick((x, y) => out.push(`${x}${y}`), 'ar', 'gs');
try { process.nextTick(42); } catch (e) { console.log(e.code); }
