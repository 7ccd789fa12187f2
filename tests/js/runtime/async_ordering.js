const out = [];
async function a() { out.push('a1'); await null; out.push('a2'); await null; out.push('a3'); }
async function b() { out.push('b1'); await null; out.push('b2'); }
a(); b();
Promise.resolve().then(() => out.push('p1')).then(() => out.push('p2'));
setTimeout(() => console.log(out.join(' ')), 1);
