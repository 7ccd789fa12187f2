// require('http2') / require('node:http2'): same object, Node's export list and types.
const http2 = require('http2');
console.log(http2 === require('node:http2'));
for (const k of Object.keys(http2)) console.log(k, typeof http2[k]);
console.log(String(http2.sensitiveHeaders), http2.sensitiveHeaders.description);
console.log(typeof http2.Http2ServerRequest.prototype.setTimeout);
console.log(typeof http2.Http2ServerResponse.prototype.writeHead);
console.log(http2.Http2ServerRequest.name, http2.Http2ServerResponse.name);
