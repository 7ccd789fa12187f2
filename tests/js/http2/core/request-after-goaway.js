// A request made in the client's 'goaway' handler (before Node closes the session) is refused
// with REFUSED_STREAM; the stream at lastStreamID completes.
const http2 = require('http2');
const server = http2.createServer();
const sessions = [];
server.on('session', (s) => sessions.push(s));
server.on('stream', (stream) => {
  stream.session.goaway(0, stream.id, Buffer.from('bye'));
  stream.respond({ ':status': 200 });
  stream.end('last');
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('goaway', (code, last, data) => {
    console.log('goaway', code, last, data.toString());
    const late = client.request({ ':path': '/late' });
    late.on('error', (e) => console.log('late error', e.code, e.message, late.rstCode));
    late.on('close', () => { console.log('late closed', late.rstCode, late.destroyed); client.destroy(); sessions.forEach((s) => s.destroy()); });
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
