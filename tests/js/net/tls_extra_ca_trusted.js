// NODE_EXTRA_CA_CERTS joins the default trust store (clients and servers without `ca`), not the
// `ca` a connection gives; tls.rootCertificates does not list it.
// @env NODE_EXTRA_CA_CERTS=fixtures/ca.pem
const tls = require('tls'); const fs = require('fs'); const path = require('path');
const F = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));
const ca = F('ca.pem').toString().trim();
console.log('listed in rootCertificates', tls.rootCertificates.some((p) => p.replace(/\n/g, '') === ca.replace(/\n/g, '')));
const server = tls.createServer({ key: F('server-key.pem'), cert: F('server-cert.pem'), requestCert: true,
  rejectUnauthorized: false }, (s) => {
  console.log('server sees client', s.authorized, s.authorizationError);
  s.end('x');
});
function client(opts, next) {
  const c = tls.connect({ port: server.address().port, host: 'localhost', rejectUnauthorized: false, ...opts }, () => {
    console.log('client', Object.keys(opts).join(','), c.authorized, c.authorizationError);
  });
  c.on('data', () => {});
  c.on('close', next);
}
server.listen(0, '127.0.0.1', () => {
  client({ key: F('client-key.pem'), cert: F('client-cert.pem') }, () =>
    client({ ca: F('selfsigned-cert.pem') }, () => server.close()));
});
