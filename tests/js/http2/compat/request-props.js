// Http2ServerRequest: headers/rawHeaders, method/url setters, socket proxy, complete, close.
const http2 = require('http2');
const server = http2.createServer((req, res) => {
  console.log(req.headers['x-custom'], req.rawHeaders.includes('x-custom'), req.httpVersionMajor, req.httpVersionMinor);
  console.log(req.complete, req.aborted, typeof req.socket.remotePort, req.connection === req.socket);
  req.url = '/rewritten';
  console.log(req.url, req.headers[':path']);
  try {
    req.method = '';
  } catch (e) {
    console.log(e.code);
  }
  req.method = 'PATCH';
  console.log(req.method);
  req.on('end', () => console.log('req end', req.complete));
  req.on('close', () => console.log('req close'));
  req.resume();
  res.on('finish', () => console.log('res finish'));
  res.on('close', () => console.log('res close'));
  res.end('ok');
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({ ':path': '/orig', 'x-custom': 'c' });
  req.resume();
  req.on('close', () => { client.close(); server.close(); });
});
