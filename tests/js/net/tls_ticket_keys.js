// Session ticket keys: getTicketKeys() (48 random bytes), setTicketKeys(), the ticketKeys option,
// bad keys as Node rejects them, and the wire fact: a ticket issued by server A resumes on server
// B only when B has A's keys (TLS 1.3 and TLS 1.2).
const tls = require('tls'); const fs = require('fs'); const path = require('path');
const F = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));
const creds = { key: F('server-key.pem'), cert: F('server-cert.pem') };
const show = (f) => { try { console.log('ok', f()); } catch (e) { console.log(e.name, e.code, e.message.split('\n')[0]); } };

const a = tls.createServer(creds, (s) => s.end('a'));
const k = a.getTicketKeys();
console.log('keys', Buffer.isBuffer(k), k.length, k.equals(Buffer.alloc(48)), k.equals(a.getTicketKeys()));
for (const bad of [Buffer.alloc(47), Buffer.alloc(49), 'x'.repeat(48), 42, null, undefined]) show(() => a.setTicketKeys(bad));
show(() => { a.setTicketKeys(new Uint8Array(48)); return a.getTicketKeys().equals(Buffer.alloc(48)); });
for (const bad of [Buffer.alloc(47), 'x'.repeat(48)]) {
  show(() => tls.createSecureContext({ ticketKeys: bad }));
  show(() => tls.createServer({ ...creds, ticketKeys: bad }));
}
const shared = Buffer.alloc(48);
for (let i = 0; i < 48; i++) shared[i] = (i * 7 + 3) & 0xff;
a.setTicketKeys(shared);
console.log('set', a.getTicketKeys().equals(shared));
const b = tls.createServer({ ...creds, ticketKeys: shared }, (s) => s.end('b'));
const c = tls.createServer(creds, (s) => s.end('c'));
console.log('option', b.getTicketKeys().equals(shared), c.getTicketKeys().equals(shared));

function connect(server, maxVersion, session, cb) {
  const sock = tls.connect({ port: server.address().port, host: 'localhost', ca: F('ca.pem'), maxVersion, session });
  let saved = null;
  sock.on('session', (s) => { if (!saved) saved = s; });
  sock.on('data', () => {});
  sock.on('close', () => cb(sock.reused, saved));
  sock.on('secureConnect', () => { sock.reused = sock.isSessionReused(); });
}
function trial(maxVersion, next) {
  connect(a, maxVersion, undefined, (r0, sess) => {
    connect(b, maxVersion, sess, (r1) => {
      connect(c, maxVersion, sess, (r2) => {
        connect(a, maxVersion, sess, (r3) => {
          console.log(maxVersion, 'first', r0, 'same keys', r1, 'other keys', r2, 'back on A', r3);
          next();
        });
      });
    });
  });
}
a.listen(0, () => b.listen(0, () => c.listen(0, () => trial('TLSv1.3', () => trial('TLSv1.2', () => {
  a.close(); b.close(); c.close();
})))));
