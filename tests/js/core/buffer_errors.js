const { Buffer, constants, kMaxLength } = require('buffer');
const tries = [
  () => Buffer.from(), () => Buffer.from(5), () => Buffer.from('x', 'bogus'), () => Buffer.alloc(2).toString('nope'),
  () => Buffer.alloc(-5), () => Buffer.allocUnsafe('1'), () => Buffer.concat('x'), () => Buffer.concat([1]),
  () => Buffer.alloc(2).readUInt16LE(1), () => Buffer.alloc(2).writeUInt8(1, 2), () => Buffer.alloc(4).readInt32LE('0'),
  () => Buffer.compare(Buffer.alloc(1), 'x'), () => Buffer.alloc(3).swap16(), () => Buffer.alloc(2).write(123),
  () => Buffer.alloc(2).copy('x'), () => Buffer.alloc(2).fill('x', 'bogus'), () => Buffer.from(new ArrayBuffer(4), 5),
  () => Buffer.from(new ArrayBuffer(4), 1, 10), () => Buffer.alloc(1).writeInt8(200),
];
for (const t of tries) {
  try { t(); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(kMaxLength, constants.MAX_LENGTH, constants.MAX_STRING_LENGTH);
