// ENGINE (docs/engine-requests.md): a malformed request (a response pseudo-header in a request, or an
// uppercase field name) is a stream error in nghttp2 (RST_STREAM PROTOCOL_ERROR, the session lives);
// the engine fails the whole session.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream, headers) => {
  console.log('server stream', headers[':path']);
  stream.respond({ ':status': 200 });
  stream.end('ok');
});
server.on('session', (s) => s.on('error', (e) => console.log('server session error', e.code)));
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('error', (e) => console.log('client error', e.code));
  const bad = client.request({ ':path': '/bad', ':status': '200' });
  bad.on('error', (e) => console.log('bad error', e.code, e.message));
  bad.on('close', () => {
    console.log('bad close', bad.rstCode);
    const good = client.request({ ':path': '/good' });
    good.setEncoding('utf8');
    good.on('data', (d) => console.log('good data', d));
    good.on('error', (e) => console.log('good error', e.code));
    good.on('close', () => { client.close(); server.close(); });
  });
  bad.resume();
});
