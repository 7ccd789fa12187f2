// requestCert: authorized with a good client certificate, authorizationError without one.
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const F = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));
const server = tls.createServer({
  key: F('server-key.pem'), cert: F('server-cert.pem'), ca: [F('ca.pem')], requestCert: true,
  rejectUnauthorized: false,
}, (s) => {
  const peer = s.getPeerCertificate();
  console.log('server: authorized', s.authorized, s.authorizationError, 'peer CN', peer.subject && peer.subject.CN);
  s.end('bye');
});
server.listen(0, () => {
  const port = server.address().port;
  const withCert = tls.connect({ port, ca: F('ca.pem'), key: F('client-key.pem'), cert: F('client-cert.pem') }, () => {
    console.log('client 1 secure', withCert.authorized);
  });
  withCert.on('data', () => {});
  withCert.on('close', () => {
    const without = tls.connect({ port, ca: F('ca.pem') }, () => console.log('client 2 secure', without.authorized));
    without.on('data', () => {});
    without.on('close', () => server.close(() => console.log('done')));
  });
});
