// node http2 server for tests/http2/test_engine_features.py: prints "listening on PORT".
// argv: JSON of createServer options (paddingStrategy, maxSettings, ...).
// Routes: /small (200, 'hello'), /big (40000 bytes of 'x'). Prints one JSON line per
// 'sessionError' / 'frameError' / session 'error' / 'goaway' event it sees.
const http2 = require('http2');
const opts = JSON.parse(process.argv[2] || '{}');
const server = http2.createServer(opts);
const log = (o) => console.log(JSON.stringify(o));
server.on('sessionError', (e) => log({ event: 'sessionError', code: e.code }));
server.on('session', (s) => {
  s.on('error', (e) => log({ event: 'error', code: e.code }));
  s.on('frameError', (type, code, id) => log({ event: 'frameError', type, code, id }));
  s.on('goaway', (code) => log({ event: 'goaway', code }));
});
server.on('stream', (stream, headers) => {
  stream.on('error', () => {});
  const path = headers[':path'];
  if (path === '/big') { stream.respond({ ':status': 200 }); stream.end('x'.repeat(40000)); return; }
  stream.respond({ ':status': 200, 'x-a': 'b' });
  stream.end('hello');
});
server.listen(0, '127.0.0.1', () => console.log('listening on ' + server.address().port));
