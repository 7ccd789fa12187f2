// SNI: SNICallback picks a context per servername; addContext for the default callback.
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const F = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));
const sniCtx = tls.createSecureContext({ key: F('sni-key.pem'), cert: F('sni-cert.pem') });
const seen = [];
const s1 = tls.createServer({
  key: F('server-key.pem'), cert: F('server-cert.pem'),
  SNICallback: (name, cb) => { seen.push(name); cb(null, name === 'sni.example.test' ? sniCtx : undefined); },
}, (s) => { console.log('s1 servername', s.servername); s.end(); });
const s2 = tls.createServer({ key: F('server-key.pem'), cert: F('server-cert.pem') }, (s) => s.end());
s2.addContext('*.example.test', { key: F('sni-key.pem'), cert: F('sni-cert.pem') });
function probe(server, servername, done) {
  const c = tls.connect({ port: server.address().port, host: '127.0.0.1', servername, ca: F('ca.pem') }, () => {
    console.log(servername, '->', c.getPeerCertificate().subject.CN, c.authorized);
  });
  c.on('data', () => {});
  c.on('close', done);
}
s1.listen(0, () => s2.listen(0, () => {
  probe(s1, 'sni.example.test', () => probe(s1, 'localhost', () => probe(s2, 'sni.example.test', () => probe(s2, 'localhost', () => {
    console.log('callback saw', seen.join(','));
    s1.close();
    s2.close();
  }))));
}));
