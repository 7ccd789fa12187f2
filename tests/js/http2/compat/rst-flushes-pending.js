// ENGINE (docs/engine-requests.md, reset flushes queued data): stream.end(data) then close(code): Node
// (SubmitRstStream -> SendPendingData) puts the queued DATA on the wire before RST_STREAM; the engine drops it.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream) => {
  stream.on('error', (e) => console.log('server error', e.code));
  stream.respond({ ':status': 200 });
  stream.end('x');
  stream.close(http2.constants.NGHTTP2_INTERNAL_ERROR);
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({ ':path': '/' });
  req.on('response', (h) => console.log('response', h[':status']));
  req.on('data', (d) => console.log('data', String(d)));
  req.on('error', (e) => console.log('error', e.code));
  req.on('close', () => { console.log('close', req.rstCode); client.close(); server.close(); });
});
