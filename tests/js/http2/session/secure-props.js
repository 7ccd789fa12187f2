// A TLS session: encrypted true, alpnProtocol 'h2' on both sides, originSet holds the
// authority; a request over it works.
const http2 = require('http2');
const fs = require('fs');
const path = require('path');
const fx = (f) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', f));
const server = http2.createSecureServer({ key: fx('key.pem'), cert: fx('cert.pem') });
server.on('session', (s) => console.log('server', s.encrypted, s.alpnProtocol,
  s.originSet.map((o) => o.replace(/:\d+$/, ':N')).join(' ')));  // port: the peer's
server.on('stream', (stream, headers) => { stream.respond(); stream.end(headers[':scheme']); });
server.listen(0, () => {
  const port = server.address().port;
  const client = http2.connect(`https://localhost:${port}`, { ca: fx('ca.pem') });
  client.on('connect', () => {
    console.log('client', client.encrypted, client.alpnProtocol,
      client.originSet.map((o) => o.replace(String(port), 'PORT')).join(' '));
    const req = client.request();
    req.setEncoding('utf8');
    req.on('data', (d) => console.log('scheme', d));
    req.on('close', () => { client.close(); server.close(); });
  });
});
