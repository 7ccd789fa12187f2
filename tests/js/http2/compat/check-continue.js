// 'checkContinue': the server sees expect: 100-continue; writeContinue sends the 100, then the body flows.
const { http2 } = require('./_h');
const server = http2.createServer();
server.on('request', () => console.log('request event (unexpected)'));
server.on('checkContinue', (req, res) => {
  console.log('checkContinue', req.headers.expect, req.method);
  res.writeContinue();
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => res.end('got ' + body));
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({ ':path': '/', ':method': 'POST', expect: '100-continue' });
  req.on('continue', () => { console.log('continue'); req.end('payload'); });
  req.on('response', (h) => console.log('status', h[':status']));
  req.setEncoding('utf8');
  req.on('data', (d) => console.log('data', d));
  req.on('end', () => { client.close(); server.close(); });
});
