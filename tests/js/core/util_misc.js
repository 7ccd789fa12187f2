const util = require('util');
console.log(util.isDeepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), util.isDeepStrictEqual([1], ['1']));
console.log(util.isDeepStrictEqual(new Map([[1, 2]]), new Map([[1, 2]])), util.isDeepStrictEqual(NaN, NaN));
console.log(util.stripVTControlCharacters('\u001b[31mred\u001b[39m'), util.toUSVString('a\ud800b'));
console.log(util.getSystemErrorName(-2), util.getSystemErrorName(-13), util.getSystemErrorMap().get(-111));
try { util.getSystemErrorName(2); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(util.isArray([]), util.isBoolean(false), util.isFunction(() => {}), util.isPrimitive({}), util.isBuffer(Buffer.alloc(1)));
const enc = new util.TextEncoder();
const bytes = enc.encode('héllo €');
console.log(bytes, new util.TextDecoder().decode(bytes), new util.TextDecoder('utf-16le').decode(new Uint8Array([104, 0, 105, 0])));
const dbg = util.debuglog('nodecompat_test_section');
dbg('not printed', 1);
console.log(dbg.enabled);
console.log(util.styleText('red', 'x') === '\u001b[31mx\u001b[39m');
