// ALPN edge cases: only one side offers ALPN (false on both ends), a server list given as a
// Buffer in wire format, and the client's preference order being ignored (server picks).
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const F = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));
const cases = [
  [['h2'], undefined],
  [undefined, ['h2']],
  [Buffer.from('\x02h2\x08http/1.1', 'latin1'), ['http/1.1', 'h2']],
  [['http/1.1', 'h2'], ['h2', 'http/1.1']],
];
function run(i) {
  if (i >= cases.length) return;
  const [sp, cp] = cases[i];
  const server = tls.createServer({ key: F('server-key.pem'), cert: F('server-cert.pem'), ALPNProtocols: sp }, (s) => {
    console.log(i, 'server alpn', s.alpnProtocol);
    s.end();
  });
  server.listen(0, '127.0.0.1', () => {
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: F('ca.pem'), ALPNProtocols: cp }, () => {
      console.log(i, 'client alpn', c.alpnProtocol, c.authorized);
    });
    c.on('data', () => {});
    c.on('close', () => server.close(() => run(i + 1)));
  });
}
run(0);
