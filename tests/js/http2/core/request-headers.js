// Headers objects as Node builds them on receipt: null prototype, lower case, duplicates.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream, headers, flags, rawHeaders) => {
  console.log(Object.getPrototypeOf(headers));
  console.log(headers['x-multi'], headers.cookie, headers['x-upper']);
  console.log(headers[':authority'] === `localhost:${server.address().port}`);
  console.log(rawHeaders.filter((v, i) => i % 2 === 0 && !v.startsWith(':')).join(','));
  console.log('end stream flag', flags & 1, stream.endAfterHeaders);
  stream.respond({ ':status': 201, 'set-cookie': ['a=1', 'b=2'], 'x-list': ['p', 'q'] });
  stream.end();
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({
    ':path': '/h', 'X-Upper': 'Yes', 'x-multi': ['1', '2'], cookie: ['c=1', 'd=2'],
  });
  req.on('response', (h) => {
    console.log(h[':status'], h['set-cookie'], h['x-list']);
    req.resume();
  });
  req.on('close', () => {
    client.close();
    server.close();
  });
});
