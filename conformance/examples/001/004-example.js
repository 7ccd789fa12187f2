const http2 = require('node:http2');
const server = http2.createServer();
server.on('stream', (stream) => {
stream.respond({ ':status': 200 });
stream.end('Hello from HTTP/2 stream');
});
server.listen(8000);
