// ENGINE (docs/engine-requests.md): a received header field whose value has CR/LF/NUL must be dropped
// (nghttp2 ignores invalid fields); the engine fails the session with "Protocol error" instead.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream) => {
  stream.on('error', (e) => console.log('server stream error', e.code));
  stream.respond({ ':status': 200, 'x-bad': 'a\r\nb', 'x-good': 'g', 'x-space': '  padded  ' }, { waitForTrailers: true });
  stream.on('wantTrailers', () => stream.sendTrailers({ 'x-tbad': 'a\nb', 'x-tgood': 'ok' }));
  stream.end('body');
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('error', (e) => console.log('client error', e.code));
  const req = client.request({ ':path': '/' });
  req.on('response', (h) => console.log('response', h['x-bad'], h['x-good'], h['x-space']));
  req.on('trailers', (h) => console.log('trailers', JSON.stringify(h)));
  req.on('error', (e) => console.log('req error', e.code, e.message));
  req.resume();
  req.on('close', () => { console.log('close', req.rstCode); client.close(); server.close(); });
});
