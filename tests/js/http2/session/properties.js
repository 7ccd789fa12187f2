// Session properties before and after connect, and after close.
const http2 = require('http2');
const server = http2.createServer();
server.on('session', (s) => {
  console.log('server type', s.type, s.encrypted, s.alpnProtocol, s.server === server);
  console.log('server originSet', s.originSet);
});
server.on('stream', (st) => st.respond({ ':status': 200 }, { endStream: true }));
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  console.log('connecting', client.connecting, client.closed, client.destroyed, client.type);
  console.log('settings before', JSON.stringify(client.localSettings), JSON.stringify(client.remoteSettings));
  client.on('connect', (session, socket) => {
    console.log('connect', session === client, client.connecting, client.encrypted, client.alpnProtocol);
    console.log('socket proxy', typeof client.socket.remotePort, client.socket.remoteAddress);
    const req = client.request({ ':path': '/' });
    req.resume();
    req.on('close', () => {
      client.close(() => {
        console.log('after close', client.closed, client.destroyed);
        console.log('state', JSON.stringify(client.state));
        server.close();
      });
      console.log('closing', client.closed, client.destroyed);
    });
  });
});
