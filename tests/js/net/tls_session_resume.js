// TLS sessions and key logging: getSession()/getTLSTicket()/isSessionReused() before, during and
// after a connection, the client's 'session' events, resumption with tls.connect({ session }),
// the client's 'keylog' lines and the server's 'keylog' event, for TLS 1.3 and TLS 1.2.
const tls = require('tls'); const fs = require('fs'); const path = require('path');
const F = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));
function run(maxVersion, next) {
  const log = (...a) => console.log(maxVersion, ...a);
  const server = tls.createServer({ key: F('server-key.pem'), cert: F('server-cert.pem'), maxVersion }, (s) => {
    log('S reused', s.isSessionReused()); s.end('x');
  });
  let keylogS = 0;
  server.on('keylog', (line, sock) => { keylogS += (Buffer.isBuffer(line) && sock instanceof tls.TLSSocket) ? 1 : 0; });
  server.listen(0, '127.0.0.1', () => {
    const port = server.address().port;
    const c = tls.connect({ port, host: 'localhost', ca: F('ca.pem') });
    let saved = null; let fromGet = null; const keylogC = [];
    log('before', c.getSession(), c.getTLSTicket(), c.isSessionReused());
    c.on('keylog', (l) => keylogC.push(l.toString().split(' ')[0] + (l[l.length - 1] === 10 ? '\\n' : '')));
    c.on('session', (s) => { log('session', Buffer.isBuffer(s), s.length > 0, Buffer.isBuffer(c.getTLSTicket())); saved = s; fromGet = c.getSession(); });
    c.on('secureConnect', () => {
      log('secureConnect', c.isSessionReused(), Buffer.isBuffer(c.getSession()), typeof c.getTLSTicket());
    });
    c.on('data', () => {});
    c.on('close', () => {
      log('keylog client', keylogC.join(','), 'server lines', keylogS);
      log('after close', c.getTLSTicket(), c.getSession());
      const c2 = tls.connect({ port, host: 'localhost', ca: F('ca.pem'), session: saved }, () => {
        log('c2 reused', c2.isSessionReused(), c2.authorized, c2.getProtocol());
      });
      c2.on('data', () => {});
      c2.on('close', () => {
        // the Buffer getSession() returned resumes too
        const c3 = tls.connect({ port, host: 'localhost', ca: F('ca.pem'), session: fromGet }, () => {
          log('c3 reused', c3.isSessionReused(), fromGet.equals(saved));
        });
        c3.on('data', () => {});
        c3.on('close', () => server.close(next));
      });
    });
  });
}
run('TLSv1.3', () => run('TLSv1.2', () => {}));
