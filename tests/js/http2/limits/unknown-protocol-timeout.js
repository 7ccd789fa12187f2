// unknownProtocolTimeout: a TLS client offering no ALPN to a secure server whose
// 'unknownProtocol' listener does nothing: the server destroys the socket after the timeout.
const http2 = require('http2');
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const fx = (f) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', f));
const server = http2.createSecureServer({ key: fx('key.pem'), cert: fx('cert.pem'), unknownProtocolTimeout: 100 });
server.on('unknownProtocol', (socket) => console.log('unknownProtocol', socket.alpnProtocol));
server.listen(0, () => {
  const start = Date.now();
  const c = tls.connect({ port: server.address().port, host: 'localhost', ca: fx('ca.pem') }, () => {
    console.log('client secure, alpn', c.alpnProtocol);
  });
  c.on('error', (e) => console.log('client error', e.code));
  c.on('close', () => {
    console.log('client closed after timeout', Date.now() - start >= 90);
    server.close();
  });
});
