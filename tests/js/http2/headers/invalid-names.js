// Invalid header names and values on request/respond: ERR_INVALID_HTTP_TOKEN, ERR_HTTP2_INVALID_HEADER_VALUE,
// connection-specific headers, pseudo-headers in the wrong place, duplicated single-value pseudo headers.
const { http2 } = require('./_h');
const server = http2.createServer();
server.on('stream', (stream) => {
  for (const h of [
    { ':status': 200, 'bad name': 'x' },
    { ':status': 200, connection: 'close' },
    { ':status': 200, ':path': '/' },
    { ':status': 200, ':bogus': '1' },
    { ':status': 200, 'x-u': undefined },
    { ':status': 200, 'content-type': ['a', 'b'] },
    { ':status': 'abc' },
  ]) {
    try { stream.respond(h); console.log('respond ok', Object.keys(h)); break; } catch (e) { console.log('respond', e.name, e.code, e.message); }
  }
  if (!stream.headersSent) stream.respond({ ':status': 200 });
  stream.end();
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  for (const h of [
    { ':path': '/', te: 'gzip' },
    { ':path': '/', 'transfer-encoding': 'chunked' },
    { ':path': '/', 'upgrade': 'h2c' },
    { ':path': '/', 'x-n': null },
    { ':path': '/', 'x-a': 'a', 'X-A': 'b', 'user-agent': ['1'], age: ['1', '2'] },
  ]) {
    // the accepted one is left open (closing it at once races the respond: _respond-after-peer-rst.js)
    try { client.request(h).resume(); console.log('request ok'); } catch (e) { console.log('request', e.name, e.code, e.message); }
  }
  const req = client.request({ ':path': '/', te: 'trailers' });
  req.on('response', (h) => console.log('status', h[':status']));
  req.resume();
  req.on('end', () => { client.close(); server.close(); });
});
