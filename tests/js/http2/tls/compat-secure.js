// Compat API on createSecureServer: scheme https, authority, socket (TLS) properties, h2 ALPN.
const http2 = require('http2');
const fs = require('fs');
const path = require('path');
const fx = (f) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', f));
const server = http2.createSecureServer({ key: fx('key.pem'), cert: fx('cert.pem') }, (req, res) => {
  console.log(req.scheme, req.authority.replace(/\d+$/, 'PORT'), req.httpVersion, req.socket.encrypted,
              req.socket.alpnProtocol, typeof req.socket.getPeerCertificate, req.stream.session.encrypted,
              req.stream.session.alpnProtocol);
  res.end('secure ' + req.url);
});
server.listen(0, () => {
  const client = http2.connect(`https://localhost:${server.address().port}`, { ca: fx('ca.pem') });
  client.on('connect', () => console.log('client', client.encrypted, client.alpnProtocol, client.socket.alpnProtocol,
                                          client.originSet.map((o) => o.replace(/\d+$/, 'PORT'))));
  const req = client.request({ ':path': '/s' });
  req.setEncoding('utf8');
  req.on('data', (d) => console.log(d));
  req.on('end', () => { client.close(); server.close(); });
});
