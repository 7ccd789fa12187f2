// getPeerX509Certificate()/getX509Certificate(): crypto.X509Certificate objects on both ends, the
// peer's issuer chain (issuerCertificate), undefined without a certificate or before the handshake.
// (Node 20 consumes the client's peer chain on the first getPeerX509Certificate() call; this
// program calls it once per socket.)
const tls = require('tls'); const { X509Certificate } = require('crypto');
const fs = require('fs'); const path = require('path');
const F = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));
const last = (x) => x && x.subject.split('\n').pop();
function run(clientCert, sendChain, next) {
  const log = (...a) => console.log(clientCert, sendChain, ...a);
  const cert = sendChain ? Buffer.concat([F('server-cert.pem'), F('ca.pem')]) : F('server-cert.pem');
  const server = tls.createServer({ key: F('server-key.pem'), cert, requestCert: true, rejectUnauthorized: false,
    ca: F('ca.pem') }, (s) => {
    const p = s.getPeerX509Certificate();
    log('server peer', p instanceof X509Certificate, last(p), last(p && p.issuerCertificate));
    const own = s.getX509Certificate();
    log('server own', own instanceof X509Certificate, last(own), own.issuerCertificate, own.checkHost('localhost'));
    s.end('x');
  });
  server.listen(0, '127.0.0.1', () => {
    const opts = { port: server.address().port, host: 'localhost', ca: F('ca.pem') };
    if (clientCert) Object.assign(opts, { key: F('client-key.pem'), cert: F('client-cert.pem') });
    const c = tls.connect(opts);
    log('client before', c.getPeerX509Certificate(), c.getX509Certificate());
    c.on('secureConnect', () => {
      const p = c.getPeerX509Certificate();
      log('client peer', last(p), last(p.issuerCertificate), p.issuerCertificate && p.issuerCertificate.issuerCertificate,
        p.checkIP('127.0.0.1'), p.fingerprint256 === new X509Certificate(F('server-cert.pem')).fingerprint256);
      const own = c.getX509Certificate();
      log('client own', last(own), own && own.checkEmail('client@example.test'));
    });
    c.on('data', () => {});
    c.on('close', () => {
      log('client after', c.getPeerX509Certificate(), c.getX509Certificate());
      server.close(next);
    });
  });
}
run(false, false, () => run(true, false, () => run(true, true, () => {})));
