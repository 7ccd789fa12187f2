// ERR_OUT_OF_RANGE number formatting (numeric separators above 2**32, bigint suffix)
const { Buffer } = require('buffer');
const b = Buffer.alloc(8);
const tries = [
  () => b.readUInt8(8),
  () => b.readUInt32LE(-1),
  () => b.readInt16BE(1.5),
  () => b.writeUInt8(256),
  () => b.writeInt32LE(2 ** 40),
  () => b.writeUInt32BE(-5),
  () => b.writeBigInt64LE(2n ** 70n),
  () => b.writeBigUInt64BE(-1n),
  () => b.writeUIntLE(1, 0, 7),
  () => b.readIntBE(0, 0),
  () => Buffer.alloc(-1),
  () => Buffer.alloc(2 ** 33),
  () => Buffer.alloc(NaN),
  () => require('events').defaultMaxListeners = -1,
  () => new (require('events'))().setMaxListeners(NaN),
];
for (const t of tries) {
  try { t(); console.log('no throw'); } catch (err) { console.log(err.name, err.code, err.message); }
}
