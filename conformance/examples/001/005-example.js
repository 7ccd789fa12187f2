const http2 = require('node:http2');
const fs = require('node:fs');
const options = {
key: fs.readFileSync('server-key.pem'),
cert: fs.readFileSync('server-cert.pem'),
};
const server = http2.createSecureServer(options);
server.on('stream', (stream, headers) => {
stream.respond({ 'content-type': 'text/html; charset=utf-8', ':status': 200 });
stream.end('Hello World
');
});
server.listen(8443);
