// After a session is destroyed its socket proxy throws ERR_HTTP2_SOCKET_UNBOUND on access.
const http2 = require('http2');
const server = http2.createServer();
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('connect', () => {
    const s = client.socket;
    console.log('before', typeof s.remotePort);
    client.destroy();
    for (const [label, f] of [['get', () => s.remotePort], ['set', () => { s.x = 1; }], ['call', () => s.setTimeout(1)]]) {
      try { f(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.code, e.message); }
    }
    console.log('client.socket', client.socket);
    server.close();
  });
});
