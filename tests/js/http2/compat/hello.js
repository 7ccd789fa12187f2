// Compatibility API: request properties, setHeader/writeHead, end.
const http2 = require('http2');
const server = http2.createServer((req, res) => {
  console.log(req.method, req.url, req.httpVersion, req.scheme, req.authority === req.headers[':authority']);
  console.log(req instanceof http2.Http2ServerRequest, res instanceof http2.Http2ServerResponse);
  res.setHeader('Content-Type', 'text/plain');
  res.setHeader('X-Foo', 'bar');
  console.log(res.getHeader('content-type'), res.hasHeader('x-foo'), res.getHeaderNames());
  res.writeHead(200, { 'x-bar': 'baz' });
  console.log('headersSent', res.headersSent);
  res.end('ok');
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({ ':path': '/some/path?x=1' });
  req.on('response', (h) => console.log(h[':status'], h['content-type'], h['x-foo'], h['x-bar']));
  req.setEncoding('utf8');
  req.on('data', (d) => console.log('body', d));
  req.on('end', () => {
    client.close();
    server.close();
  });
});
