// Server event order for one connection: 'connection', 'session', 'stream'; session.server,
// session.type, the stream's session; server.close after the session ends.
const http2 = require('http2');
const server = http2.createServer();
const seen = [];
server.on('connection', (socket) => seen.push('connection ' + (socket instanceof require('net').Socket)));
server.on('session', (session) => {
  seen.push('session type ' + session.type);
  session.on('stream', () => seen.push('session stream'));
});
server.on('stream', (stream, headers, flags, raw) => {
  seen.push('server stream ' + headers[':path'] + ' ' + typeof flags + ' ' + Array.isArray(raw));
  seen.push('same session ' + (stream.session.type === http2.constants.NGHTTP2_SESSION_SERVER));
  stream.respond();
  stream.end();
});
server.on('close', () => { seen.push('server close'); console.log(seen.join('\n')); });
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  seen.push('client type ' + client.type);
  const req = client.request({ ':path': '/a' });
  req.resume();
  req.on('close', () => { client.close(); server.close(); });
});
