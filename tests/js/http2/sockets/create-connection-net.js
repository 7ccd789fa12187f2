// createConnection returning a net.Socket (plain) and a tls.TLSSocket with ALPN h2: the session uses it;
// the factory gets (authority URL, options).
const http2 = require('http2');
const net = require('net');
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const fx = (f) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', f));
const plain = http2.createServer((req, res) => res.end('plain ' + req.url));
const secure = http2.createSecureServer({ key: fx('key.pem'), cert: fx('cert.pem') }, (req, res) => res.end('secure ' + req.url));
function get(client, p, cb) {
  const req = client.request({ ':path': p });
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => { console.log(body, client.encrypted, client.alpnProtocol); client.close(); cb(); });
}
plain.listen(0, () => secure.listen(0, () => {
  const c1 = http2.connect('http://example.test', {
    createConnection(authority, options) {
      console.log('factory', authority instanceof URL, authority.hostname, typeof options);
      return net.connect(plain.address().port, '127.0.0.1');
    },
  });
  get(c1, '/p', () => {
    const c2 = http2.connect('https://localhost', {
      createConnection: () => tls.connect({ port: secure.address().port, host: '127.0.0.1', servername: 'localhost', ca: fx('ca.pem'), ALPNProtocols: ['h2'] }),
    });
    get(c2, '/s', () => { plain.close(); secure.close(); });
  });
}));
