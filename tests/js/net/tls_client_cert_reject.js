// requestCert + rejectUnauthorized on the server: a client with no certificate or an untrusted
// one is dropped after the handshake (no 'secureConnection'); a trusted one gets through. The
// client's own view of the drop is racy (TLS 1.3 finishes before the server checks), so only
// "it closed without a reply" is printed for the client.
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const F = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));
const server = tls.createServer({
  key: F('server-key.pem'), cert: F('server-cert.pem'), ca: [F('ca.pem')], requestCert: true,
}, (s) => {
  console.log('secureConnection', s.authorized, s.authorizationError, s.getPeerCertificate().subject.CN);
  s.end('welcome');
});
const clients = [
  ['none', {}],
  ['untrusted', { key: F('selfsigned-key.pem'), cert: F('selfsigned-cert.pem') }],
  ['trusted', { key: F('client-key.pem'), cert: F('client-cert.pem') }],
];
server.listen(0, '127.0.0.1', () => {
  (function next(i) {
    if (i >= clients.length) { server.close(() => console.log('done')); return; }
    const [name, opts] = clients[i];
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', servername: 'localhost',
                            ca: F('ca.pem'), ...opts });
    let reply = '';
    c.on('data', (d) => { reply += d; });
    c.on('error', () => {});
    c.on('close', () => { console.log(name, 'closed, reply', JSON.stringify(reply)); next(i + 1); });
  })(0);
});
