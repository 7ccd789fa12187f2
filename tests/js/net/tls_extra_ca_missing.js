// A NODE_EXTRA_CA_CERTS file that cannot be opened: Node warns once on stderr at startup (with
// OpenSSL's system-library error) and goes on; the default trust store still works.
// @env NODE_EXTRA_CA_CERTS=/nonexistent/nodecompat-extra-ca.pem
const tls = require('tls'); const fs = require('fs'); const path = require('path');
const F = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));
console.log('program runs');
const server = tls.createServer({ key: F('server-key.pem'), cert: F('server-cert.pem') }, (s) => s.end('hi'));
server.listen(0, '127.0.0.1', () => {
  const c = tls.connect({ port: server.address().port, host: 'localhost', rejectUnauthorized: false }, () => {
    console.log('connected', c.authorized, c.authorizationError);
  });
  c.on('data', (d) => console.log('data', `${d}`));
  c.on('close', () => server.close());
});
