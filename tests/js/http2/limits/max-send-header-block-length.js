// maxSendHeaderBlockLength: a request whose header block is too large is not sent: the stream gets
// 'frameError' and closes with REFUSED_STREAM (7); a request made before frameError's deferred
// session.close() runs is refused too (node's GOAWAY goes out before its HEADERS).
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream, headers) => {
  console.log('server got', headers[':path']);
  stream.respond();
  stream.end();
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`, { maxSendHeaderBlockLength: 200 });
  const req = client.request({ ':path': '/big', 'x-big': 'v'.repeat(500) });
  req.on('frameError', (type, code, id) => console.log('frameError', type, code, id));
  req.on('error', (e) => console.log('error', e.code, e.message));
  req.on('close', () => {
    console.log('close', req.rstCode);
    const ok = client.request({ ':path': '/ok' });
    ok.on('error', (e) => console.log('ok error', e.code, e.message));
    ok.resume();
    ok.on('close', () => { console.log('ok close', ok.rstCode); client.close(); server.close(); });
  });
});
