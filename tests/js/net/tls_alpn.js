// TLS with ALPN (server preference), getPeerCertificate, getProtocol/getCipher, servername.
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const F = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));
const server = tls.createServer({
  key: F('server-key.pem'), cert: F('server-cert.pem').toString(), ALPNProtocols: ['h2', 'http/1.1'],
}, (s) => {
  console.log('server secureConnection', s.encrypted, s.alpnProtocol, s.servername, s.authorized,
              s.getProtocol(), typeof s.getCipher().name);
  console.log('server own cert CN', s.getCertificate().subject.CN, 'peer', JSON.stringify(s.getPeerCertificate()));
  s.setEncoding('utf8');
  s.on('data', (d) => s.end(`echo:${d}`));
});
server.on('connection', (raw) => console.log('server raw connection', raw.encrypted === undefined));
server.listen(0, '127.0.0.1', () => {
  const c = tls.connect({
    port: server.address().port, host: '127.0.0.1', servername: 'localhost', ca: F('ca.pem'),
    ALPNProtocols: ['x-unknown', 'http/1.1', 'h2'],
  }, () => {
    console.log('secureConnect', c.authorized, c.authorizationError, c.alpnProtocol, c.getProtocol());
    const cipher = c.getCipher();
    console.log('cipher', cipher.name, cipher.standardName, cipher.version);
    const cert = c.getPeerCertificate(true);
    console.log('peer subject', JSON.stringify(cert.subject), 'issuer O', cert.issuer.O);
    console.log('altnames', cert.subjectaltname, cert.valid_to, cert.bits, cert.asn1Curve, cert.nistCurve);
    console.log('keys', Object.keys(cert).join(','));
    console.log('raw', Buffer.isBuffer(cert.raw), cert.raw.length > 100, 'pubkey', cert.pubkey.length);
    console.log('fingerprint', /^([0-9A-F]{2}:){19}[0-9A-F]{2}$/.test(cert.fingerprint),
                'root self-ref', cert.issuerCertificate.issuerCertificate === cert.issuerCertificate,
                'root ca', cert.issuerCertificate.ca);
    console.log('plain', Object.keys(c.getPeerCertificate()).includes('issuerCertificate'));
    console.log('own cert', JSON.stringify(c.getCertificate()));
    c.write('ping');
  });
  c.on('connect', () => console.log('tcp connect'));
  c.setEncoding('utf8');
  c.on('data', (d) => console.log('client data', d));
  c.on('close', () => { console.log('client close'); server.close(() => console.log('server closed')); });
});
