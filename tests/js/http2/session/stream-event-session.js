// The server session's own 'stream' event (before the server's), its arguments, and
// session.state.lastProcStreamID after a few requests.
const http2 = require('http2');
const server = http2.createServer();
let n = 0;
server.on('session', (s) => {
  s.on('stream', (stream, headers, flags, raw) => {
    console.log('session stream', stream.id, headers[':path'], flags & 1, raw.length % 2);
  });
});
server.on('stream', (stream) => {
  console.log('server stream', stream.id);
  stream.respond();
  stream.end();
  const session = stream.session;
  if (++n === 2) setImmediate(() => console.log('lastProcStreamID', session.state.lastProcStreamID));
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const a = client.request({ ':path': '/a' });
  a.resume();
  a.on('close', () => {
    const b = client.request({ ':path': '/b' });
    b.resume();
    b.on('close', () => setTimeout(() => { client.close(); server.close(); }, 20));
  });
});
