// Compatibility headers: appendHeader, getHeaders (null prototype), writeHead arrays, removeHeader.
const http2 = require('http2');
const server = http2.createServer((req, res) => {
  res.setHeader('X-One', '1');
  res.appendHeader('x-one', '2');
  res.appendHeader('x-two', ['a', 'b']);
  res.setHeader('x-gone', 'y');
  res.removeHeader('X-Gone');
  const h = res.getHeaders();
  console.log(Object.getPrototypeOf(h), h['x-one'], h['x-two'], res.hasHeader('x-gone'));
  res.writeHead(201, [['x-arr', 'v1'], ['x-arr', 'v2']]);
  res.end();
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({ ':path': '/' });
  req.on('response', (h) => console.log(h[':status'], h['x-one'], h['x-two'], h['x-arr'], h['x-gone']));
  req.resume();
  req.on('close', () => { client.close(); server.close(); });
});
