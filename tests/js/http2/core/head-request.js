// HEAD: the server stream is a headRequest; respond() ends it; the client sees no body.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream, headers) => {
  console.log('server', headers[':method'], stream.headRequest, stream.writable);
  stream.respond({ ':status': 200, 'content-length': '5' });
  console.log('after respond', stream.writableEnded);
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({ ':method': 'HEAD', ':path': '/' });
  req.on('response', (h, flags) => console.log('response', h[':status'], h['content-length'], flags & 1));
  let n = 0;
  req.on('data', (d) => { n += d.length; });
  req.on('end', () => console.log('end bytes', n));
  req.on('close', () => { client.close(); server.close(); });
});
