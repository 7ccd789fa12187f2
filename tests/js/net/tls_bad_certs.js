// Certificate problems: Node's codes and messages, rejectUnauthorized true and false.
// (What the server sees of a rejecting client is compared in tls_bad_certs_server_view.js.)
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const F = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));
const cases = [
  ['selfsigned', {}],
  ['server', { ca: F('sni-cert.pem') }],
  ['expired', { ca: F('ca.pem') }],
  ['server', { ca: F('ca.pem'), servername: 'wrong.example.test' }],
  ['server', { ca: F('ca.pem'), host: '127.0.0.1', servername: '' }],
];
function run(i, reject) {
  if (i >= cases.length) { if (reject) run(0, false); return; }
  const [name, opts] = cases[i];
  const server = tls.createServer({ key: F(`${name}-key.pem`), cert: F(`${name}-cert.pem`) }, (s) => {
    s.on('error', () => {});
    s.end('hi');
  });
  server.on('tlsClientError', () => {});
  server.listen(0, '127.0.0.1', () => {
    const c = tls.connect({ port: server.address().port, host: 'localhost', rejectUnauthorized: reject, ...opts }, () => {
      console.log(i, reject, 'secureConnect authorized', c.authorized, c.authorizationError);
    });
    c.on('error', (e) => console.log(i, reject, 'error', e.code, JSON.stringify(e.message), e.reason, e.host));
    c.on('data', () => {});
    c.on('close', () => server.close(() => run(i + 1, reject)));
  });
}
run(0, true);
