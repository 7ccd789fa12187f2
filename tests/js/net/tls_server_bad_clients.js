// What a TLS server reports for clients that misbehave before the handshake completes: the
// order of tlsClientError and the raw socket's close, the socket already destroyed, the codes.
const tls = require('tls'); const net = require('net'); const fs = require('fs'); const path = require('path');
const F = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));
let hello = null;
const scenarios = [
  ['probe', (c) => c.end()],
  ['destroy', (c) => c.destroy()],
  ['reset', (c) => c.resetAndDestroy()],
  ['garbage', (c) => { c.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n'); }],
  ['half-hello', (c) => { c.write(hello.subarray(0, 40)); setTimeout(() => c.end(), 50); }],
  ['hello-then-leave', (c) => { c.write(hello); setTimeout(() => c.destroy(), 50); }],
];
function run(i) {
  if (i >= scenarios.length) return;
  const [name, act] = scenarios[i];
  const log = (...a) => console.log(name, ...a);
  const server = tls.createServer({ key: F('server-key.pem'), cert: F('server-cert.pem') }, () => log('secureConnection'));
  server.on('tlsClientError', (e, s) => log('tlsClientError', e.code, e.library ? e.message.includes(e.reason) : JSON.stringify(e.message), e.library, e.reason, s.destroyed, s instanceof tls.TLSSocket));
  server.on('connection', (s) => { s.on('close', (h) => log('raw close', h)); });
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1', () => act(c));
    c.on('data', (d) => log('client got bytes', d.length > 0));
    c.on('error', (e) => log('client error', e.code));
    c.on('close', () => setTimeout(() => server.close(() => { log('done'); run(i + 1); }), 100));
  });
}
// capture a real ClientHello first
const cap = net.createServer((s) => s.once('data', (d) => { hello = d; s.destroy(); cap.close(() => run(0)); }));
cap.listen(0, '127.0.0.1', () => {
  const t = tls.connect({ port: cap.address().port, host: '127.0.0.1', rejectUnauthorized: false });
  t.on('error', () => {});
});
