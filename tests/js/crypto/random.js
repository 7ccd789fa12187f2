// randomBytes / randomFill(Sync) / randomInt / randomUUID: shapes, ranges, sync and callback forms,
// Node's errors. Values are random, so only their properties are printed.
const crypto = require('crypto');
const tryIt = (f) => { try { return f(); } catch (e) { return `${e.name} ${e.code} ${e.message}`; } };
const show = (label, f) => console.log(label, tryIt(f));
show('bytes', () => { const b = crypto.randomBytes(32); return [Buffer.isBuffer(b), b.length]; });
show('bytes 0', () => crypto.randomBytes(0).length);
show('differ', () => !crypto.randomBytes(16).equals(crypto.randomBytes(16)));
for (const v of [-1, '1', 1.5, NaN, 2 ** 31, undefined]) show(`bytes ${String(v)}`, () => crypto.randomBytes(v).length);
show('bytes cb type', () => crypto.randomBytes(4, 5));
show('fillSync', () => { const b = Buffer.alloc(8); crypto.randomFillSync(b, 4); return [b.subarray(0, 4).toString('hex'), b.length]; });
show('fillSync u32', () => { const a = new Uint32Array(4); return crypto.randomFillSync(a, 1, 2) === a; });
show('fillSync ab', () => crypto.randomFillSync(new ArrayBuffer(4)).byteLength);
show('fillSync bad', () => crypto.randomFillSync('x'));
show('fillSync offset', () => crypto.randomFillSync(Buffer.alloc(4), 5));
show('fillSync size', () => crypto.randomFillSync(Buffer.alloc(4), 1, 4));
const ints = Array.from({ length: 2000 }, () => crypto.randomInt(3, 9));
console.log('int range', Math.min(...ints), Math.max(...ints), ints.every(Number.isInteger));
console.log('int max only', Array.from({ length: 500 }, () => crypto.randomInt(2)).every((n) => n === 0 || n === 1));
console.log('int negative', Array.from({ length: 500 }, () => crypto.randomInt(-5, -3)).every((n) => n === -5 || n === -4));
for (const args of [[10, 5], [1.5], [2 ** 48], [0, 2 ** 48 + 1], ['1'], [1, '2'], [5, 5], [1, 2, 3]]) {
  show(`int ${JSON.stringify(args)}`, () => crypto.randomInt(...args));
}
const uuids = Array.from({ length: 100 }, () => crypto.randomUUID());
console.log('uuid v4', uuids.every((u) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(u)),
  new Set(uuids).size);
show('uuid opts', () => crypto.randomUUID(5));
show('uuid opts2', () => crypto.randomUUID({ disableEntropyCache: 1 }));
show('uuid ok', () => crypto.randomUUID({ disableEntropyCache: true }).length);
let order = [];
// the thread-pool jobs run one after another: started together they finish in any order under load
crypto.randomBytes(8, (err, buf) => {
  order.push('bytes'); console.log('async bytes', err, buf.length);
  crypto.randomFill(Buffer.alloc(4), (err, buf) => {
    order.push('fill'); console.log('async fill', err, buf.length);
    crypto.randomFill(new Uint8Array(8), 2, 3, (err, buf) => { console.log('async fill range', err, buf.length); });
  });
});
crypto.randomInt(10, (err, n) => { order.push('int'); console.log('async int', err, n >= 0 && n < 10); });
order.push('sync');
setTimeout(() => console.log('order', order[0]), 50);
