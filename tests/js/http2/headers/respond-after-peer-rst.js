// JS-SPEED (handle.js flushOps): the client sends HEADERS then RST_STREAM at once; the server's
// respond() in its 'stream' handler must not fail: nghttp2 still accepts the submit and the close
// follows. core.js ignores -510 (NGHTTP2_ERR_STREAM_CLOSED) for respond/info/trailers; the deferred
// OP_RESPOND path in handle.js destroys the stream with "Stream was already closed or invalid".
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream, headers) => {
  stream.respond({ ':status': 200 });
  console.log('responded', headers[':path']);
  stream.end();
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.request({ ':path': '/cancelled' }).close();
  const req = client.request({ ':path': '/ok' });
  req.on('response', (h) => console.log('status', h[':status']));
  req.resume();
  req.on('end', () => { client.close(); server.close(); });
});
