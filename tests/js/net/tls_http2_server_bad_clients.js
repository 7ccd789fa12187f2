// An http2 secure server (no 'clientError'/'tlsClientError' listeners, as in the docs examples)
// survives clients that leave or misbehave before the handshake, then serves a real request.
const http2 = require('http2'); const net = require('net'); const tls = require('tls');
const fs = require('fs'); const path = require('path');
const F = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));
const server = http2.createSecureServer({ key: F('server-key.pem'), cert: F('server-cert.pem') });
server.on('error', (err) => console.log('server error', err.code));
server.on('stream', (stream) => { stream.respond({ ':status': 200 }); stream.end('ok'); });
const bad = [
  (port, done) => { const c = net.connect(port, '127.0.0.1', () => c.destroy()); c.on('close', done); },
  (port, done) => { const c = net.connect(port, '127.0.0.1', () => c.end()); c.on('close', done); },
  (port, done) => { const c = net.connect(port, '127.0.0.1', () => c.resetAndDestroy()); c.on('error', () => {}); c.on('close', done); },
  (port, done) => {
    const c = net.connect(port, '127.0.0.1', () => c.write('GET / HTTP/1.1\r\n\r\n'));
    c.on('data', () => {}); c.on('error', () => {}); c.on('close', done);
  },
  (port, done) => {   // ALPN mismatch: the server offers only h2
    const c = tls.connect({ port, host: '127.0.0.1', ALPNProtocols: ['spdy/1'], rejectUnauthorized: false });
    c.on('secureConnect', () => console.log('alpn mismatch: secureConnect', c.alpnProtocol));
    c.on('error', (e) => console.log('alpn mismatch:', e.code, e.library, e.reason));
    c.on('close', done);
  },
];
server.listen(0, () => {
  const port = server.address().port;
  const next = (i) => {
    if (i < bad.length) { bad[i](port, () => setTimeout(() => next(i + 1), 50)); return; }
    const client = http2.connect(`https://localhost:${port}`, { ca: F('ca.pem') });
    const req = client.request({ ':path': '/' });
    req.on('response', (h) => console.log('status', h[':status']));
    req.setEncoding('utf8');
    let body = '';
    req.on('data', (d) => { body += d; });
    req.on('end', () => { console.log('body', body); client.close(); server.close(() => console.log('closed')); });
  };
  next(0);
});
