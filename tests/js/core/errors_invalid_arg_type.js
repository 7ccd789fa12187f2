// ERR_INVALID_ARG_TYPE messages for the common "Received" forms
const { Buffer } = require('buffer');
const EventEmitter = require('events');
const tries = [
  () => Buffer.from(5),
  () => Buffer.from(null),
  () => Buffer.from({}),
  () => Buffer.alloc('10'),
  () => new EventEmitter().on('x', 'notfn'),
  () => new EventEmitter().on('x', Symbol('s')),
  () => require('util').promisify(undefined),
  () => require('util').callbackify(10n),
  () => require('path').join('a', 1.5),
  () => require('path').basename('x', {}),
  () => Buffer.concat([new Uint8Array(1), 'str']),
  () => Buffer.byteLength(() => {}),
  () => Buffer.byteLength(function named() {}),
  () => Buffer.alloc(2).equals('a string that is definitely longer than 28 chars'),
  () => Buffer.alloc(2).equals("it's"),
];
for (const t of tries) {
  try { t(); console.log('no throw'); } catch (err) {
    console.log(err.name, '|', err.code, '|', err.message);
    console.log(err instanceof TypeError, err.constructor === TypeError, Object.keys(err));
  }
}
