// expect: 100-continue: without a checkContinue listener the server writes 100 and emits 'request'.
const http2 = require('http2');
const server = http2.createServer((req, res) => {
  console.log('request', req.headers.expect);
  req.resume();
  req.on('end', () => res.end('done'));
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({ ':method': 'POST', ':path': '/', expect: '100-continue' });
  req.on('continue', () => {
    console.log('continue');
    req.end('body');
  });
  req.on('response', (h) => console.log('status', h[':status']));
  req.setEncoding('utf8');
  req.on('data', (d) => console.log('data', d));
  req.on('close', () => { client.close(); server.close(); });
});
