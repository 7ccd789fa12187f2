// allowHTTP1: the docs' ALPN negotiation example, one HTTP/1.1 client (raw tls) and one h2 client.
const http2 = require('http2');
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const fx = (f) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', f));

const server = http2.createSecureServer({ key: fx('key.pem'), cert: fx('cert.pem'), allowHTTP1: true },
                                        onRequest);
function onRequest(req, res) {
  const { socket: { alpnProtocol } } = req.httpVersion === '2.0' ? req.stream.session : req;
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ alpnProtocol, httpVersion: req.httpVersion }));
}

// Print a raw HTTP/1.1 response without its Date header (not stable).
function printRaw(label, raw) {
  const text = raw.replace(/\r\nDate: [^\r]*/i, '\r\nDate: X');
  console.log(label, JSON.stringify(text));
}

server.listen(0, () => {
  const port = server.address().port;
  const sock = tls.connect({ port, host: '127.0.0.1', servername: 'localhost', ca: fx('ca.pem'),
                             ALPNProtocols: ['http/1.1'] }, () => {
    console.log('client alpn', sock.alpnProtocol);
    sock.write('GET /x HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
  });
  let raw = '';
  sock.setEncoding('utf8');
  sock.on('data', (d) => { raw += d; });
  sock.on('end', () => {
    printRaw('h1', raw);
    const client = http2.connect(`https://localhost:${port}`, { ca: fx('ca.pem') });
    const req = client.request({ ':path': '/' });
    req.on('response', (h) => console.log('h2 status', h[':status'], h['content-type']));
    req.setEncoding('utf8');
    let body = '';
    req.on('data', (d) => { body += d; });
    req.on('end', () => { console.log('h2 body', body); client.close(); server.close(); });
  });
});
