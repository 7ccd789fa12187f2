// performServerHandshake on a plain net socket.
const http2 = require('http2');
const net = require('net');
const server = net.createServer((socket) => {
  const session = http2.performServerHandshake(socket);
  console.log('session', session.constructor.name, session.server);
  session.on('stream', (stream, headers) => {
    stream.respond({ ':status': 200 });
    stream.end('handshake ok ' + headers[':path']);
  });
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({ ':path': '/hs' });
  req.setEncoding('utf8');
  req.on('data', (d) => console.log(d));
  req.on('close', () => {
    client.close();
    server.close();
  });
});
