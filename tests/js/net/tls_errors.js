// TLS connection failures: ECONNREFUSED through tls.connect, a TLS client against a plain server
// (the handshake error reaches the client), a plain client against a TLS server ('tlsClientError').
const tls = require('tls');
const net = require('net');
const fs = require('fs');
const path = require('path');
const F = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));
const P = (s, port) => String(s).split(String(port)).join('PORT');
const probe = net.createServer().listen(0, '127.0.0.1', () => {
  const port = probe.address().port;
  probe.close(() => {
    const c = tls.connect({ port, host: '127.0.0.1' });
    c.on('error', (e) => console.log('refused', e.code, e.syscall, e.address, P(e.message, port), c.encrypted));
    c.on('close', (hadError) => { console.log('refused close', hadError); plainServer(); });
  });
});
function plainServer() {
  const s = net.createServer((sock) => { sock.on('data', () => sock.end('HTTP/1.1 400 Bad Request\r\n\r\n')); });
  s.listen(0, '127.0.0.1', () => {
    const c = tls.connect({ port: s.address().port, host: '127.0.0.1', rejectUnauthorized: false });
    c.on('secureConnect', () => console.log('unexpected secure'));
    c.on('error', (e) => console.log('plain peer error', e.code, e.library, typeof e.message));
    c.on('close', (hadError) => { console.log('plain peer close', hadError); s.close(tlsServer); });
  });
}
function tlsServer() {
  const s = tls.createServer({ key: F('server-key.pem'), cert: F('server-cert.pem') }, () => console.log('unexpected'));
  s.on('tlsClientError', (e, sock) => {
    console.log('tlsClientError', e.code, e.library, sock instanceof tls.TLSSocket);
  });
  s.listen(0, '127.0.0.1', () => {
    const c = net.connect(s.address().port, '127.0.0.1', () => c.write('GET / HTTP/1.1\r\n\r\n'));
    c.on('data', () => {});
    c.on('error', () => {});
    c.on('close', () => { console.log('plain client close'); s.close(); });
  });
}
