// OpenSSL handshake errors carry Node's packed code in the message (`error:0A000410:SSL
// routines::sslv3 alert handshake failure`), plus `library` and `reason`, on both sides.
// Node's handshake messages are OpenSSL's long form (`<thread>:error:<code>:<lib>:<function>:<reason>:
// <file>:<line>:...`), ours the short one: the thread, function and source line are normalised away
// here (docs/net.md). A record-layer error from a non-TLS peer: code/library/reason only.
const tls = require('tls'); const net = require('net'); const fs = require('fs'); const path = require('path');
const F = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));
const short = (m) => m.replace(/^[0-9A-F]+:error:([0-9A-F]{8}):([^:]*):[^:]*:([^:]*):[\s\S]*$/, 'error:$1:$2::$3');
const show = (who, e) => console.log(who, e.code, who.startsWith('plain') ? '' : JSON.stringify(short(e.message)),
  e.library, e.reason);
const cases = [
  ['plain peer', null, {}],
  ['versions', { minVersion: 'TLSv1.3' }, { maxVersion: 'TLSv1.2' }],
  ['alpn', { ALPNProtocols: ['h2'] }, { ALPNProtocols: ['http/1.1'] }],
  ['ciphers', { ciphers: 'ECDHE-RSA-AES128-GCM-SHA256', maxVersion: 'TLSv1.2' },
    { ciphers: 'ECDHE-ECDSA-AES256-GCM-SHA384', maxVersion: 'TLSv1.2' }],
];
function run(i) {
  if (i === cases.length) return;
  const [name, sopts, copts] = cases[i];
  const server = sopts === null ?
    net.createServer((s) => { s.on('error', () => {}); s.end('HTTP/1.1 400 Bad Request\r\n\r\n'); }) :
    tls.createServer({ key: F('server-key.pem'), cert: F('server-cert.pem'), ...sopts }, () => {});
  let pending = sopts === null ? 1 : 2;
  const done = () => { if (--pending === 0) { server.close(); run(i + 1); } };
  if (sopts !== null) server.on('tlsClientError', (e) => { show(`${name} server`, e); done(); });
  server.listen(0, '127.0.0.1', () => {
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: F('ca.pem'),
      servername: 'localhost', ...copts });
    c.on('error', (e) => { show(`${name} client`, e); done(); });
  });
}
run(0);
