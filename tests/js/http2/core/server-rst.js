// The server resets a stream with an error code: the client stream errors with ERR_HTTP2_STREAM_ERROR.
const http2 = require('http2');
const { NGHTTP2_INTERNAL_ERROR, NGHTTP2_REFUSED_STREAM } = http2.constants;
const server = http2.createServer();
server.on('stream', (stream, headers) => {
  stream.on('error', (e) => console.log('server stream error', e.code));
  stream.close(headers[':path'] === '/a' ? NGHTTP2_INTERNAL_ERROR : NGHTTP2_REFUSED_STREAM, () => {
    console.log('server close cb', stream.rstCode);
  });
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  let left = 2;
  for (const p of ['/a', '/b']) {
    const req = client.request({ ':path': p });
    req.on('error', (e) => console.log(p, 'error', e.code, e.message));
    req.on('close', () => {
      console.log(p, 'close', req.rstCode);
      if (--left === 0) { client.close(); server.close(); }
    });
  }
});
