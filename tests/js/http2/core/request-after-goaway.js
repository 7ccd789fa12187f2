// After the server's GOAWAY the client refuses new requests (ERR_HTTP2_GOAWAY_SESSION) and streams
// above lastStreamID are cancelled.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream) => {
  stream.session.goaway(0, stream.id, Buffer.from('bye'));
  stream.respond({ ':status': 200 });
  stream.end('last');
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('goaway', (code, last, data) => {
    console.log('goaway', code, last, data.toString());
    try {
      client.request({ ':path': '/late' });
    } catch (e) {
      console.log('late', e.constructor.name, e.code, e.message);
    }
  });
  const req = client.request({ ':path': '/' });
  req.setEncoding('utf8');
  req.on('data', (d) => console.log('data', d));
  req.on('close', () => {
    console.log('first closed', req.rstCode);
    client.close();
    server.close();
  });
});
