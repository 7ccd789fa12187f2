// ecdhCurve: the server's (and client's) key-exchange groups, seen through the client's
// getEphemeralKeyInfo(); a group list with nothing in common fails the handshake; bad values throw
// Node's errors from createSecureContext / createServer / connect.
const tls = require('tls'); const fs = require('fs'); const path = require('path');
const F = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));
const tryIt = (f) => { try { f(); return 'ok'; } catch (e) { return `${e.name} ${e.code} ${e.message}`; } };

for (const v of ['bogus', 5, '', 'auto', 'X25519:P-256', 'P-384', 'prime256v1', 'P-256:bogus']) {
  console.log('createSecureContext', JSON.stringify(v), tryIt(() => tls.createSecureContext({ ecdhCurve: v })));
}
console.log('createServer', tryIt(() => tls.createServer({ key: F('server-key.pem'), cert: F('server-cert.pem'), ecdhCurve: 'nope' })));
console.log('connect', tryIt(() => tls.connect({ port: 1, ecdhCurve: 7 })));

const cases = [
  // [server ecdhCurve, client ecdhCurve, maxVersion]
  [undefined, undefined, 'TLSv1.3'], ['auto', undefined, 'TLSv1.3'], ['P-256', undefined, 'TLSv1.3'],
  ['P-384:P-256', undefined, 'TLSv1.3'], ['X25519', undefined, 'TLSv1.2'], ['P-521', undefined, 'TLSv1.2'],
  [undefined, 'P-384', 'TLSv1.3'], ['prime256v1', 'P-256:P-384', 'TLSv1.2'], ['P-256', 'X25519', 'TLSv1.3'],
];

function run(i) {
  if (i === cases.length) return;
  const [sc, cc, maxVersion] = cases[i];
  const label = `${sc}/${cc}/${maxVersion}`;
  const server = tls.createServer({ key: F('server-key.pem'), cert: F('server-cert.pem'), ecdhCurve: sc },
    (s) => s.end('hi'));
  server.on('tlsClientError', (e) => console.log(label, 'server tlsClientError', e.code));
  server.listen(0, '127.0.0.1', () => {
    const c = tls.connect({ port: server.address().port, host: 'localhost', ca: F('ca.pem'), ecdhCurve: cc, maxVersion });
    let done = false;
    const next = () => { if (done) return; done = true; server.close(); setImmediate(() => run(i + 1)); };
    c.on('secureConnect', () => {
      console.log(label, c.getProtocol(), JSON.stringify(c.getEphemeralKeyInfo()));
      c.resume();
      c.on('end', next);
    });
    c.on('error', (e) => { console.log(label, 'client error', e.code); next(); });
  });
}
run(0);
