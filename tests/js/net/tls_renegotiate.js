// renegotiate(): argument checks; TLS 1.3 fails with OpenSSL's error on the next tick (returns
// false); TLS 1.2 renegotiates on the wire ('secure' again on the server, 'secureConnect' again on
// the client) and re-judges the peer with the new requestCert/rejectUnauthorized. setKeyCert()
// changes the certificate the connection presents (getX509Certificate).
const tls = require('tls'); const { X509Certificate } = require('crypto'); const fs = require('fs'); const path = require('path');
const F = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));
const tryIt = (f) => { try { return f(); } catch (e) { return `${e.name} ${e.code} ${e.message}`; } };
function run(maxVersion, withCert, reject, next) {
  const log = (...a) => console.log(maxVersion, withCert, reject, ...a);
  const server = tls.createServer({ key: F('server-key.pem'), cert: F('server-cert.pem'), ca: F('ca.pem'), maxVersion }, (s) => {
    log('server secureConnection', s.authorized, s.getPeerCertificate().subject?.CN);
    let secures = 0;
    s.on('secure', () => log('server secure', ++secures, s.authorized, s.authorizationError));
    s.on('close', () => log('server socket close', s.destroyed));
    log('reneg', tryIt(() => s.renegotiate(5)), tryIt(() => s.renegotiate({}, 5)));
    const fp = (n) => new X509Certificate(F(n)).fingerprint256;
    const own = () => s.getX509Certificate().fingerprint256;
    log('own before', own() === fp('server-cert.pem'));
    s.setKeyCert({ key: F('server-rsa-key.pem'), cert: F('server-rsa-cert.pem') });
    log('own after setKeyCert', own() === fp('server-rsa-cert.pem'));
    const r = s.renegotiate({ requestCert: true, rejectUnauthorized: reject }, (e) => {
      log('reneg cb', e ? [e.name, e.code, e.message, e.library, e.reason] : e);
      log('after', s.authorized, s.authorizationError, s.getPeerCertificate()?.subject?.CN, s.destroyed);
      if (!s.destroyed) s.end('bye');
    });
    log('reneg returned', r);
  });
  server.listen(0, '127.0.0.1', () => {
    const opts = { port: server.address().port, host: 'localhost', ca: F('ca.pem'), maxVersion };
    if (withCert) Object.assign(opts, { key: F('client-key.pem'), cert: F('client-cert.pem') });
    const c = tls.connect(opts);
    let n = 0;
    c.on('secureConnect', () => log('client secureConnect', ++n, c.authorized, c.getProtocol()));
    c.on('data', (d) => log('client data', `${d}`));
    c.on('error', (e) => log('client error', e.code));
    c.on('close', () => { server.close(next); });
  });
}
run('TLSv1.3', false, false, () => run('TLSv1.2', false, false, () => run('TLSv1.2', true, false,
  () => run('TLSv1.2', true, true, () => {}))));
