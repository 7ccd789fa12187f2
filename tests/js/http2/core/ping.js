// session.ping() with a payload; the peer's 'ping' event.
const http2 = require('http2');
const server = http2.createServer();
server.on('session', (s) => s.on('ping', (p) => console.log('server got ping', p.toString())));
server.on('stream', (stream) => stream.respond({ ':status': 204 }));
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('connect', () => {
    const ok = client.ping(Buffer.from('abcdefgh'), (err, duration, payload) => {
      console.log('ping cb', err, typeof duration, payload.toString());
      client.close();
      server.close();
    });
    console.log('ping returned', ok);
  });
  try {
    client.ping(Buffer.from('abc'), () => {});
  } catch (e) {
    console.log(e.code, e.message);
  }
  try {
    client.ping('12345678', () => {});
  } catch (e) {
    console.log(e.code);
  }
  try {
    client.ping(Buffer.alloc(8));
  } catch (e) {
    console.log(e.code);
  }
});
