const http2 = require('node:http2');
const server = http2.createServer((req, res) => {
res.setHeader('Content-Type', 'text/html; charset=utf-8');
res.writeHead(200);
res.end('Hello from HTTP/2');
});
server.listen(8000);
