// Client-initiated renegotiation (TLS 1.2): the server accepts it (OpenSSL 3 refuses by default,
// Node allows it), emits ERR_TLS_RENEGOTIATION_DISABLED after disableRenegotiation(), and
// ERR_TLS_SESSION_ATTACK past tls.CLIENT_RENEG_LIMIT renegotiations in CLIENT_RENEG_WINDOW.
const tls = require('tls'); const fs = require('fs'); const path = require('path');
const F = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));
function run(disable, times, next) {
  const log = (...a) => console.log(disable, times, ...a);
  const server = tls.createServer({ key: F('server-key.pem'), cert: F('server-cert.pem'), maxVersion: 'TLSv1.2' }, (s) => {
    if (disable) s.disableRenegotiation();
    s.on('error', (e) => log('server error', e.name, e.code, e.message));
    s.on('secure', () => log('server secure'));
    s.on('close', () => log('server close'));
  });
  server.on('tlsClientError', (e) => log('tlsClientError', e.code));
  server.listen(0, '127.0.0.1', () => {
    const c = tls.connect({ port: server.address().port, host: 'localhost', ca: F('ca.pem'), maxVersion: 'TLSv1.2' });
    let n = 0;
    const again = () => { if (n++ < times) log('client reneg', c.renegotiate({}, (e) => { log('client cb', e && e.code); again(); })); else c.end(); };
    c.once('secureConnect', again);
    c.on('error', (e) => log('client error', e.code, e.message));
    c.on('close', () => server.close(next));
  });
}
run(false, 1, () => run(true, 1, () => run(false, 4, () => {})));
