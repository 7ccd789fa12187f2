// honorCipherOrder (whose cipher list wins), sigalgs (a client limiting the server's signature:
// success or handshake failure), sessionTimeout (an expired session is not resumed), and Node's
// validation errors for each.
// @timeout 30
const tls = require('tls'); const fs = require('fs'); const path = require('path');
const F = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));
const tryIt = (f) => { try { f(); return 'ok'; } catch (e) { return `${e.name} ${e.code} ${e.message}`; } };

for (const o of [{ sigalgs: 'bogus' }, { sigalgs: 5 }, { sigalgs: '' }, { sigalgs: 'ECDSA+SHA256:RSA-PSS+SHA256' },
  { sessionTimeout: 'x' }, { sessionTimeout: -1 }, { sessionTimeout: 1.5 }, { sessionTimeout: 2 ** 31 },
  { sessionTimeout: 0 }, { honorCipherOrder: 'yes' }]) {
  console.log(JSON.stringify(o), tryIt(() => tls.createSecureContext(o)));
}

const A = 'ECDHE-ECDSA-AES128-GCM-SHA256'; const B = 'ECDHE-ECDSA-AES256-GCM-SHA384';
const steps = [];
function connectOnce(label, sopts, copts, wait, cb) {
  const server = tls.createServer({ key: F('server-key.pem'), cert: F('server-cert.pem'), ...sopts }, (s) => s.end('x'));
  server.on('tlsClientError', (e) => console.log(label, 'server tlsClientError', e.code));
  server.listen(0, '127.0.0.1', () => {
    const go = (session, n, done) => {
      const c = tls.connect({ port: server.address().port, host: 'localhost', ca: F('ca.pem'), session, ...copts });
      let got;
      c.on('session', (s) => { got = s; });
      c.on('secureConnect', () => {
        console.log(label, n, c.getProtocol(), c.getCipher().name, 'reused', c.isSessionReused());
        c.resume();
        c.on('close', () => done(got));
      });
      c.on('error', (e) => { console.log(label, n, 'client error', e.code); c.destroy(); done(null); });
    };
    go(undefined, 1, (sess) => {
      if (wait === undefined || !sess) { server.close(); return cb(); }
      setTimeout(() => go(sess, 2, () => { server.close(); cb(); }), wait);
    });
  });
}

steps.push((n) => connectOnce('client order', { ciphers: `${A}:${B}` }, { ciphers: `${B}:${A}`, maxVersion: 'TLSv1.2' }, undefined, n));
steps.push((n) => connectOnce('honor order', { ciphers: `${A}:${B}`, honorCipherOrder: true }, { ciphers: `${B}:${A}`, maxVersion: 'TLSv1.2' }, undefined, n));
steps.push((n) => connectOnce('sigalgs 1.2 sha384', {}, { sigalgs: 'ECDSA+SHA384', maxVersion: 'TLSv1.2' }, undefined, n));
steps.push((n) => connectOnce('sigalgs 1.3 sha384', {}, { sigalgs: 'ECDSA+SHA384' }, undefined, n));
steps.push((n) => connectOnce('sigalgs 1.3 sha256', {}, { sigalgs: 'ECDSA+SHA256' }, undefined, n));
steps.push((n) => connectOnce('server sigalgs rsa only', { sigalgs: 'RSA-PSS+SHA256' }, { maxVersion: 'TLSv1.2' }, undefined, n));
steps.push((n) => connectOnce('timeout default', {}, { maxVersion: 'TLSv1.2' }, 1500, n));
steps.push((n) => connectOnce('timeout 1s', { sessionTimeout: 1 }, { maxVersion: 'TLSv1.2' }, 2100, n));
steps.push((n) => connectOnce('timeout 1s 1.3', { sessionTimeout: 1 }, {}, 2100, n));
const run = (i) => { if (i < steps.length) steps[i](() => run(i + 1)); };
run(0);
