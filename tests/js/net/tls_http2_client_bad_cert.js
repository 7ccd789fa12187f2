// An http2 client that rejects the server's certificate: the session and request errors as Node,
// and the server (tls-level) sees only a hang-up before the handshake completed.
const http2 = require('http2'); const fs = require('fs'); const path = require('path');
const F = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));
const cases = [['selfsigned', {}], ['server', { ca: F('ca.pem'), servername: 'wrong.example.test' }], ['expired', { ca: F('ca.pem') }]];
function run(i) {
  if (i >= cases.length) return;
  const [name, opts] = cases[i];
  const log = (...a) => console.log(i, ...a);
  const serverLog = [];   // printed after the client's events: order across sockets is the loop's
  const server = http2.createSecureServer({ key: F(`${name}-key.pem`), cert: F(`${name}-cert.pem`) });
  server.on('stream', () => log('unexpected stream'));
  server.on('tlsClientError', (e) => serverLog.push(['server tlsClientError', e.code, e.message]));
  server.on('secureConnection', () => log('unexpected secureConnection'));
  server.listen(0, () => {
    const client = http2.connect(`https://localhost:${server.address().port}`, opts);
    client.on('error', (e) => log('session error', e.code, e.message.split(':')[0]));
    const req = client.request({ ':path': '/' });
    req.on('error', (e) => log('request error', e.code));
    req.on('close', () => log('request close'));
    client.on('close', () => { log('session close'); setTimeout(() => server.close(() => { serverLog.forEach((l) => log(...l)); run(i + 1); }), 50); });
  });
}
run(0);
