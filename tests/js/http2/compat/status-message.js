// @env NODE_NO_WARNINGS=1
// writeHead(status, message): HTTP/2 has no status message; Node warns once (UnsupportedWarning).
const http2 = require('http2');
process.on('warning', (w) => console.log('warning', w.name, w.message));
const server = http2.createServer((req, res) => {
  res.writeHead(200, 'Fine', { 'x-a': 'b' });
  console.log('statusMessage', JSON.stringify(res.statusMessage));
  res.end();
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({ ':path': '/' });
  req.on('response', (h) => console.log('status', h[':status'], h['x-a']));
  req.resume();
  req.on('close', () => { client.close(); server.close(); });
});
