// getDefaultSettings(): a fresh null-prototype object each call.
const http2 = require('http2');
const a = http2.getDefaultSettings();
const b = http2.getDefaultSettings();
console.log(JSON.stringify(a));
console.log(Object.getPrototypeOf(a) === null, a === b);
a.headerTableSize = 1;
console.log(http2.getDefaultSettings().headerTableSize);
