// http2.sensitiveHeaders is one symbol shared by every use.
const http2 = require('http2');
const s = http2.sensitiveHeaders;
console.log(typeof s, s.toString(), s === require('node:http2').sensitiveHeaders);
console.log(Symbol.keyFor(s));
const h = { a: 1, [s]: ['a'] };
console.log(Object.keys(h), Object.getOwnPropertySymbols(h).length);
