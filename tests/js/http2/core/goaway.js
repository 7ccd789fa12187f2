// The server sends GOAWAY with opaque data: the client's 'goaway' event and its state.
const http2 = require('http2');
const server = http2.createServer();
const sessions = [];
server.on('session', (s) => sessions.push(s));
server.on('stream', (stream) => {
  stream.respond({ ':status': 200 });
  stream.end('x');
  stream.session.goaway(0, 1, Buffer.from('bye'));
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('goaway', (code, last, data) => {
    console.log('goaway', code, last, data && data.toString());
  });
  const req = client.request({ ':path': '/' });
  req.resume();
  req.on('close', () => {
    console.log('req close', client.goawayCode, client.goawayLastStreamID);
    client.destroy();
    for (const s of sessions) s.destroy();
    server.close();
  });
});
