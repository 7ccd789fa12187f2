// Server 'newSession' / 'resumeSession' (Node's external session cache), TLS 1.2 with session
// ids (no tickets), TLS 1.2 with tickets (no cache needed) and TLS 1.3, callbacks answered later;
// and without listeners a session id does not resume (Node keeps no internal server cache).
const tls = require('tls'); const fs = require('fs'); const path = require('path');
const F = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));
const SSL_OP_NO_TICKET = 0x4000;
function run(label, opts, listeners, next) {
  const log = (...a) => console.log(label, ...a);
  const store = new Map();
  const server = tls.createServer({ key: F('server-key.pem'), cert: F('server-cert.pem'), ...opts }, (s) => {
    log('S secureConnection reused', s.isSessionReused());
    s.on('data', () => s.end());
  });
  if (listeners) {
    server.on('newSession', (id, data, cb) => {
      log('newSession', id.length, Buffer.isBuffer(data), data.length > 0);
      store.set(id.toString('hex'), data);
      setTimeout(cb, 10);
    });
    server.on('resumeSession', (id, cb) => {
      log('resumeSession', id.length, store.has(id.toString('hex')));
      setTimeout(() => cb(null, store.get(id.toString('hex')) || null), 10);
    });
  }
  server.listen(0, '127.0.0.1', () => {
    const port = server.address().port;
    const c = tls.connect({ port, host: 'localhost', ca: F('ca.pem') });
    let saved = null;
    c.on('session', (s) => {
      if (saved) return;
      log('C session');
      saved = s;
      setImmediate(() => c.write('bye'));   // Node does not flush a write made inside 'session'
    });
    c.on('secureConnect', () => log('C secureConnect', c.isSessionReused()));
    c.on('data', () => {});
    c.on('close', () => {
      const c2 = tls.connect({ port, host: 'localhost', ca: F('ca.pem'), session: saved }, () => {
        log('c2 reused', c2.isSessionReused());
        c2.write('bye');
      });
      c2.on('data', () => {});
      c2.on('close', () => server.close(next));
    });
  });
}
const tls12 = { maxVersion: 'TLSv1.2' };
run('1.2 ids', { ...tls12, secureOptions: SSL_OP_NO_TICKET }, true,
  () => run('1.2 ids, no listeners', { ...tls12, secureOptions: SSL_OP_NO_TICKET }, false,
    () => run('1.2 tickets', tls12, true,
      () => run('1.3', {}, true, () => {}))));
