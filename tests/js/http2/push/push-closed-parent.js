// pushStream on a stream that already ended or closed: ERR_HTTP2_INVALID_STREAM /
// ERR_HTTP2_HEADERS_AFTER_RESPOND? Node's actual errors, thrown synchronously.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream) => {
  stream.respond();
  stream.end('x');
  stream.on('close', () => {
    try { stream.pushStream({ ':path': '/late' }, () => console.log('cb ran')); } catch (e) {
      console.log('after close', e.constructor.name, e.code, e.message);
    }
    server.close();
  });
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request();
  req.resume();
  req.on('close', () => client.close());
});
