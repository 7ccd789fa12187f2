// SNICallback answered synchronously, from process.nextTick, a timer and a promise (the server
// reads the ClientHello first and waits), no context, an error, a bad context object, a
// SecureContext's .context, a second call, a throw; addContext with the default callback.
const tls = require('tls'); const fs = require('fs'); const path = require('path');
const F = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));
const sniCtx = tls.createSecureContext({ key: F('sni-key.pem'), cert: F('sni-cert.pem') });
const answers = {
  'sync.test': (cb) => cb(null, sniCtx),
  'tick.test': (cb) => process.nextTick(cb, null, sniCtx),
  'timer.test': (cb) => setTimeout(() => cb(null, sniCtx), 30),
  'promise.test': (cb) => Promise.resolve().then(() => cb(null, sniCtx)),
  'none.test': (cb) => setTimeout(() => cb(null, undefined), 5),
  'err.test': (cb) => setTimeout(() => cb(new Error('nope')), 5),
  'obj.test': (cb) => cb(null, {}),
  'opts.test': (cb) => cb(null, { key: F('sni-key.pem'), cert: F('sni-cert.pem') }),
  'raw.test': (cb) => cb(null, sniCtx.context),
  'str.test': (cb) => cb(null, 'abc'),
  'twice.test': (cb) => { cb(null, sniCtx); cb(null, sniCtx); },
  'throw.test': () => { throw new Error('thrown in SNICallback'); },
};
const server = tls.createServer({
  key: F('server-key.pem'), cert: F('server-cert.pem'),
  SNICallback: (name, cb) => { console.log('SNICallback', name); answers[name](cb); },
}, (s) => { console.log('S secure', s.servername); s.end('hi'); });
server.on('tlsClientError', (e, s) => console.log('tlsClientError', e.name, e.code, e.message, s.destroyed));
const byContexts = tls.createServer({ key: F('server-key.pem'), cert: F('server-cert.pem') }, (s) => s.end('hi'));
byContexts.addContext('*.example.test', { key: F('sni-key.pem'), cert: F('sni-cert.pem') });
byContexts.addContext('other.example.test', { key: F('server-key.pem'), cert: F('server-cert.pem') });

function probe(srv, name, done) {
  const c = tls.connect({ port: srv.address().port, host: '127.0.0.1', servername: name, ca: F('ca.pem'), rejectUnauthorized: false }, () => {
    console.log(name, 'C ->', c.getPeerCertificate().subject.CN, c.getProtocol());
  });
  c.on('error', (e) => console.log(name, 'C error', e.code));
  c.on('data', () => {});
  c.on('close', () => setTimeout(done, 20));
}
const names = Object.keys(answers);
server.listen(0, () => byContexts.listen(0, () => {
  const next = () => {
    const name = names.shift();
    if (name) return probe(server, name, next);
    return probe(byContexts, 'sni.example.test', () => probe(byContexts, 'other.example.test', () => {
      server.close();
      byContexts.close();
    }));
  };
  next();
}));
