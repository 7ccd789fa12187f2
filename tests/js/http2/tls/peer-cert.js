// session.socket proxy on a TLS session forwards TLS methods: getPeerCertificate, getProtocol, servername.
const http2 = require('http2');
const fs = require('fs');
const path = require('path');
const fx = (f) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', f));
const server = http2.createSecureServer({ key: fx('key.pem'), cert: fx('cert.pem') });
server.on('stream', (stream) => {
  const s = stream.session.socket;
  console.log('server', s.servername, typeof s.getProtocol(), s.alpnProtocol, s.authorized === false);
  stream.respond();
  stream.end();
});
server.listen(0, () => {
  const client = http2.connect(`https://localhost:${server.address().port}`, { ca: fx('ca.pem') });
  client.on('connect', () => {
    const cert = client.socket.getPeerCertificate();
    console.log('client', typeof cert, typeof cert.subject, client.socket.authorized, client.socket.servername);
    const req = client.request({ ':path': '/' });
    req.resume();
    req.on('end', () => { client.close(); server.close(); });
  });
});
