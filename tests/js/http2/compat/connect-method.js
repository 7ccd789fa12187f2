// CONNECT without a 'connect' listener is answered 405 by the compatibility layer.
const http2 = require('http2');
const server = http2.createServer((req, res) => { console.log('request?'); res.end(); });
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({ ':method': 'CONNECT', ':authority': `localhost:${server.address().port}` });
  req.on('response', (h) => { console.log('status', h[':status']); req.end(); });
  req.resume();
  req.on('close', () => { client.close(); server.close(); });
});
