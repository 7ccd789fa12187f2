const src = { a: 1, b: [1, 2, { c: 'x' }], d: new Date(0), m: new Map([[1, 'one']]), s: new Set([1, 2]), r: /ab+c/gi,
  u: new Uint8Array([1, 2, 3]), big: 10n, nested: { deep: { deeper: true } } };
src.self = src;
const copy = structuredClone(src);
console.log(copy !== src, copy.self === copy, copy.b[2].c, copy.d.getTime(), copy.m.get(1), copy.s.has(2));
console.log(copy.r.source, copy.r.flags, Array.from(copy.u), copy.big, copy.nested.deep.deeper);
try { structuredClone(() => {}); } catch (e) { console.log(e.name, e.constructor === DOMException); }
const err = structuredClone(new RangeError('boom'));
console.log(err instanceof RangeError, err.message);
