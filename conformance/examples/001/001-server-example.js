const http2 = require('node:http2');
const fs = require('node:fs');
const server = http2.createSecureServer({
key: fs.readFileSync('localhost-privkey.pem'),
cert: fs.readFileSync('localhost-cert.pem'),
});
server.on('stream', (stream, headers) => {
stream.respond({ 'content-type': 'text/html; charset=utf-8', ':status': 200 });
stream.end('Hello World
');
});
server.listen(8443);
