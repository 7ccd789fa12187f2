// createSecureServer + connect over TLS with ALPN h2.
const http2 = require('http2');
const fs = require('fs');
const path = require('path');
const fx = (f) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', f));
const server = http2.createSecureServer({ key: fx('key.pem'), cert: fx('cert.pem') });
server.on('stream', (stream, headers) => {
  console.log('server', headers[':scheme'], stream.session.encrypted, stream.session.alpnProtocol);
  stream.respond({ ':status': 200 });
  stream.end('secure hello');
});
server.listen(0, () => {
  const client = http2.connect(`https://localhost:${server.address().port}`, { ca: fx('ca.pem') });
  const req = client.request({ ':path': '/' });
  req.on('response', (h) => console.log('status', h[':status'], client.encrypted, client.alpnProtocol));
  req.setEncoding('utf8');
  req.on('data', (d) => console.log('data', d));
  req.on('end', () => { client.close(); server.close(); });
});
