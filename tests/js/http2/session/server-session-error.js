// A client that sends garbage after a valid preface: the server session fails with a protocol
// error; the server emits 'sessionError' with it and the session 'close's.
const http2 = require('http2');
const net = require('net');
const server = http2.createServer();
server.on('sessionError', (err, session) => {
  console.log('sessionError', err.name, err.code, err.message, err.errno, typeof session);
});
server.on('session', (s) => {
  s.on('error', (e) => console.log('session error', e.code));
  s.on('close', () => { console.log('session close'); server.close(); });
});
server.listen(0, () => {
  const sock = net.connect(server.address().port, '127.0.0.1', () => {
    sock.write('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n');
    // a SETTINGS frame on stream 1: a connection error (PROTOCOL_ERROR)
    sock.write(Buffer.from([0, 0, 0, 4, 0, 0, 0, 0, 1]));
  });
  sock.on('data', () => {});
  sock.on('error', () => {});
  sock.on('close', () => console.log('raw socket closed'));
});
