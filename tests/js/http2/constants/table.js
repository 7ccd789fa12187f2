// http2.constants: the full table, its order and its property attributes.
const http2 = require('http2');
const c = http2.constants;
const keys = Object.keys(c);
console.log('count', keys.length);
for (const k of keys) console.log(k, JSON.stringify(c[k]));
