// console.log of Node errors shows "Name [CODE]: message" plus the code property
const { Buffer } = require('buffer');
try { Buffer.alloc('x'); } catch (err) { console.log(err); console.log(String(err)); console.log(err.stack.split('\n')[0]); }
try { require('events').prototype.emit.call(new (require('events'))(), 'error', 42); } catch (err) { console.log(err); }
const plain = new Error('plain');
plain.extra = { deep: [1, 2] };
console.log(plain);
console.log([new RangeError('in array')].length, { e: new TypeError('nested') }.e.message);
console.log(require('util').inspect(new Error('x'), { compact: true }).split('\n')[0]);
