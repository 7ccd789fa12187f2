// session.socket is a proxy: forbidden calls throw ERR_HTTP2_NO_SOCKET_MANIPULATION.
const http2 = require('http2');
const server = http2.createServer();
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('connect', () => {
    const s = client.socket;
    for (const m of ['destroy', 'emit', 'end', 'pause', 'read', 'resume', 'write', 'setEncoding',
      'setKeepAlive', 'setNoDelay']) {
      try {
        s[m]();
        console.log(m, 'allowed');
      } catch (e) {
        console.log(m, e.code, e.message);
      }
    }
    try {
      s.write = () => {};
    } catch (e) {
      console.log('set write', e.code);
    }
    console.log(typeof s.setTimeout, typeof s.ref, typeof s.unref, s instanceof require('net').Socket);
    s.foo = 42;
    console.log(s.foo);
    client.close(() => {
      try {
        console.log(client.socket.remotePort);
      } catch (e) {
        console.log('after close', e.code);
      }
      server.close();
    });
  });
});
