// Unhandled 'error' on an Http2Stream (the server closed it with INTERNAL_ERROR): node's report
// ends with "Emitted 'error' event on ClientHttp2Stream instance at:".
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream) => stream.close(http2.constants.NGHTTP2_INTERNAL_ERROR));
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('close', () => server.close());
  client.request({ ':path': '/' });
});
