// http2.createSecureServer with an SNICallback that answers from a timer: the server reads the
// ClientHello first and waits; the context it picks serves the certificate and h2 (ALPN) still
// applies; an SNICallback error fails that handshake ('tlsClientError') and the server lives on.
const http2 = require('http2');
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const fx = (f) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', f));
const nf = (f) => fs.readFileSync(path.join(__dirname, '..', '..', 'net', 'fixtures', f));
const sniCtx = tls.createSecureContext({ key: nf('sni-key.pem'), cert: nf('sni-cert.pem') });
const server = http2.createSecureServer({
  key: fx('key.pem'), cert: fx('cert.pem'),
  SNICallback: (name, cb) => {
    console.log('SNICallback', name);
    setTimeout(() => (name === 'bad.example.test' ? cb(new Error('no such host')) : cb(null, sniCtx)), 20);
  },
}, (req, res) => res.end(`hello ${req.socket.servername} ${req.socket.alpnProtocol}`));
server.on('tlsClientError', (err) => console.log('tlsClientError', err.message));
server.listen(0, () => {
  const port = server.address().port;
  const client = http2.connect(`https://localhost:${port}`, {
    servername: 'sni.example.test', ca: nf('ca.pem'), checkServerIdentity: () => undefined,
  });
  client.on('connect', () => console.log('client', client.alpnProtocol, client.socket.getPeerCertificate().subject.CN));
  const req = client.request({ ':path': '/' });
  req.setEncoding('utf8');
  req.on('data', (d) => console.log(d));
  req.on('end', () => {
    client.close();
    const bad = http2.connect(`https://localhost:${port}`, { servername: 'bad.example.test', ca: nf('ca.pem') });
    bad.on('error', (e) => console.log('bad client error', e.code));
    bad.on('close', () => server.close());
  });
});
