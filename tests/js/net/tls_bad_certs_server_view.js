// A client rejecting the server's certificate (rejectUnauthorized) closes before its Finished
// (TLS 1.3): the server sees a hang-up (tlsClientError), not a connection; with TLS 1.2 the
// server has completed and sees the close. Client codes/messages as Node.
const tls = require('tls'); const fs = require('fs'); const path = require('path');
const F = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));
const cases = [
  ['selfsigned', {}], ['server', { ca: F('sni-cert.pem') }], ['expired', { ca: F('ca.pem') }],
  ['server', { ca: F('ca.pem'), servername: 'wrong.example.test' }],
  ['server', { ca: F('ca.pem'), maxVersion: 'TLSv1.2' }],
  ['selfsigned', { maxVersion: 'TLSv1.2' }],
];
function run(i) {
  if (i >= cases.length) return;
  const [name, opts] = cases[i];
  const log = (...a) => console.log(i, ...a);
  const slog = [];        // server side, printed after the client's: order across sockets is the loop's
  const S = (...a) => slog.push(a);
  const server = tls.createServer({ key: F(`${name}-key.pem`), cert: F(`${name}-cert.pem`) }, (s) => {
    S('S secureConnection');
    s.on('error', (e) => S('S sock error', e.code, e.message));
    s.on('end', () => S('S end')); s.on('close', (h) => S('S close', h));
    s.on('data', () => {});
  });
  server.on('tlsClientError', (e, s) => S('S tlsClientError', e.code, e.message, s.destroyed));
  server.listen(0, '127.0.0.1', () => {
    const c = tls.connect({ port: server.address().port, host: 'localhost', ...opts }, () => { log('C secureConnect'); c.end(); });
    c.on('error', (e) => log('C error', e.code, JSON.stringify(e.message)));
    c.on('close', (h) => { log('C close', h); setTimeout(() => server.close(() => { slog.forEach((l) => log(...l)); run(i + 1); }), 100); });
  });
}
run(0);
