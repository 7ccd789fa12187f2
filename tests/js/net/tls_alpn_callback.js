// ALPNCallback: its argument, a chosen protocol, undefined (no_application_protocol alert on both
// sides), a result the client never offered (ERR_TLS_ALPN_CALLBACK_INVALID_RESULT as
// 'tlsClientError'), a throwing callback, and the exclusion with ALPNProtocols.
const tls = require('tls'); const fs = require('fs'); const path = require('path');
const F = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));
try {
  tls.createServer({ ALPNCallback: () => 'h2', ALPNProtocols: ['h2'] });
} catch (e) { console.log('both:', e.name, e.code, e.message); }
const cases = [
  [(a) => { console.log('arg', JSON.stringify(a)); return 'b'; }, ['a', 'b', 'c'], undefined],
  [(a) => { console.log('arg', JSON.stringify(a)); return 'a'; }, ['a', 'b'], 'localhost'],
  [() => undefined, ['a'], undefined],
  [() => 'zzz', ['a', 'b'], undefined],
  [() => { throw new Error('boom'); }, ['a'], undefined],
];
function run(i) {
  if (i >= cases.length) return;
  const [cb, offer, servername] = cases[i];
  const log = (...a) => console.log(i, ...a);
  const server = tls.createServer({ key: F('server-key.pem'), cert: F('server-cert.pem'), ALPNCallback: cb }, (s) => {
    log('S secureConnection', s.alpnProtocol);
    s.end();
  });
  server.on('tlsClientError', (e) => log('S tlsClientError', e.name, e.code, e.reason || e.message));
  server.listen(0, '127.0.0.1', () => {
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', servername, ALPNProtocols: offer, rejectUnauthorized: false },
      () => log('C secureConnect', c.alpnProtocol));
    c.on('data', () => {});
    c.on('error', (e) => log('C error', e.code, e.reason || e.message));
    c.on('close', () => setTimeout(() => server.close(() => run(i + 1)), 50));
  });
}
run(0);
