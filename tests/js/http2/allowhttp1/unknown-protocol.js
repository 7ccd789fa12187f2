// Without allowHTTP1 and with no 'unknownProtocol' listener: a TLS client offering no ALPN gets
// Node's 403 text. (An 'unknownProtocol' listener that ends the socket hits a tls-layer EPERM: see
// docs/http2-js.md.)
const http2 = require('http2');
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const fx = (f) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', f));

function h1(port, cb) {
  const sock = tls.connect({ port, host: '127.0.0.1', servername: 'localhost', ca: fx('ca.pem'),
                             }, () => {
    console.log('client alpn', sock.alpnProtocol);
    sock.write('GET / HTTP/1.1\r\nHost: localhost\r\n\r\n');
  });
  let raw = '';
  sock.setEncoding('utf8');
  sock.on('data', (d) => { raw += d; });
  sock.on('error', (e) => console.log('client error', e.code));
  sock.on('close', () => { console.log('raw', JSON.stringify(raw)); cb(); });
}

const a = http2.createSecureServer({ key: fx('key.pem'), cert: fx('cert.pem') });
a.on('request', () => console.log('unexpected request'));
a.listen(0, () => h1(a.address().port, () => a.close()));
