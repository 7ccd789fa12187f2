// crl: the peer's certificate is checked against the CRLs (a revoked leaf -> CERT_REVOKED, as an
// error or as authorizationError; both directions); dhparam: the DHE group a TLS 1.2 client sees.
// Node's validation errors for both. Fixtures: fixtures/make_crl_fixtures.py.
const tls = require('tls'); const fs = require('fs'); const path = require('path');
const F = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));
const tryIt = (f) => { try { f(); return 'ok'; } catch (e) { return `${e.name} ${e.code} ${e.message}`; } };

for (const o of [{ crl: 'bogus' }, { crl: 5 }, { crl: ['bogus'] }, { crl: [F('crl.pem'), 7] }, { crl: F('crl.pem') },
  { crl: F('crl.pem').toString() }, { crl: [F('crl.pem')] }, { dhparam: 5 }, { dhparam: 'auto' },
  { dhparam: F('dhparam-2048.pem') }]) {
  const shown = JSON.stringify(o, (k, v) => (v && v.type === 'Buffer' ? '<buf>' : (typeof v === 'string' && v.length > 20 ? '<pem>' : v)));
  console.log(shown, tryIt(() => tls.createSecureContext(o)));
}

const steps = [];
function clientCase(label, leaf, copts) {
  steps.push((next) => {
    const server = tls.createServer({ key: F(`crl-${leaf}-key.pem`), cert: F(`crl-${leaf}-cert.pem`) }, (s) => s.end('x'));
    server.on('tlsClientError', () => {});
    server.listen(0, '127.0.0.1', () => {
      const c = tls.connect({ port: server.address().port, host: 'localhost', ca: F('crl-ca.pem'), ...copts });
      const done = () => { server.close(); next(); };
      c.on('secureConnect', () => {
        console.log(label, 'authorized', c.authorized, c.authorizationError);
        c.resume(); c.on('close', done);
      });
      c.on('error', (e) => { console.log(label, 'error', e.code, e.message); done(); });
    });
  });
}
clientCase('no crl, revoked', 'revoked', {});
clientCase('crl, good', 'good', { crl: F('crl.pem') });
clientCase('crl, revoked', 'revoked', { crl: F('crl.pem') });
clientCase('crl array, revoked, no reject', 'revoked', { crl: [F('crl.pem').toString()], rejectUnauthorized: false });

function serverCase(label, leaf) {
  steps.push((next) => {
    const server = tls.createServer({ key: F('crl-good-key.pem'), cert: F('crl-good-cert.pem'), ca: F('crl-ca.pem'),
      crl: F('crl.pem'), requestCert: true, rejectUnauthorized: false }, (s) => {
      console.log(label, 'server sees', s.authorized, s.authorizationError);
      s.end('x');
    });
    server.listen(0, '127.0.0.1', () => {
      const c = tls.connect({ port: server.address().port, host: 'localhost', ca: F('crl-ca.pem'),
        key: F(`crl-${leaf}-key.pem`), cert: F(`crl-${leaf}-cert.pem`) });
      c.on('secureConnect', () => c.resume());
      c.on('close', () => { server.close(); next(); });
      c.on('error', (e) => console.log(label, 'client error', e.code));
    });
  });
}
serverCase('client good', 'good');
serverCase('client revoked', 'revoked');

function dhCase(label, dhparam) {
  steps.push((next) => {
    const server = tls.createServer({ key: F('server-rsa-key.pem'), cert: F('server-rsa-cert.pem'), dhparam,
      ciphers: 'DHE-RSA-AES128-GCM-SHA256' }, (s) => s.end('x'));
    server.on('tlsClientError', (e) => console.log(label, 'server tlsClientError', e.code));
    server.listen(0, '127.0.0.1', () => {
      const c = tls.connect({ port: server.address().port, host: 'localhost', ca: F('ca.pem'), maxVersion: 'TLSv1.2',
        ciphers: 'DHE-RSA-AES128-GCM-SHA256' });
      const done = () => { server.close(); next(); };
      c.on('secureConnect', () => {
        console.log(label, c.getCipher().name, JSON.stringify(c.getEphemeralKeyInfo()));
        c.resume(); c.on('close', done);
      });
      c.on('error', (e) => { console.log(label, 'client error', e.code); done(); });
    });
  });
}
dhCase('dhparam 2048', F('dhparam-2048.pem'));
dhCase('dhparam auto', 'auto');
const run = (i) => { if (i < steps.length) steps[i](() => run(i + 1)); };
run(0);
