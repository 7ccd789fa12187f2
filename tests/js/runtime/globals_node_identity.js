// Globals that are the same objects as the modules' exports, in Node's order of first use.
const { TextEncoder: UtilTE, TextDecoder: UtilTD } = require('util');
console.log('text', TextEncoder === UtilTE, TextDecoder === UtilTD);
console.log('url', URL === require('url').URL, URLSearchParams === require('url').URLSearchParams);
console.log('blob', Blob === require('buffer').Blob, new Blob(['ab', 'c']).size);
try {
  new URL('not a url');
} catch (e) {
  console.log(e instanceof TypeError, e.name, e.code, e.input, e.message);
}
try {
  new URL('/x', 'also bad');
} catch (e) {
  console.log(e.code, e.input, e.base);
}
console.log(new URLSearchParams('a=1&b=2'));
console.log(typeof Symbol.dispose, typeof Symbol.asyncDispose, Symbol.dispose !== Symbol.asyncDispose);
