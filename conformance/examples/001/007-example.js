const http2 = require('node:http2');
const server = http2.createServer((req, res) => {
res.setHeader('Content-Type', 'text/plain; charset=utf-8');
res.writeHead(200);
res.write('Hello ');
res.end('World');
});
server.listen(8000);
