// allowHTTP1: a 300 KB request body in many TLS records and a 200 KB chunked response written
// in pieces; byte counts and the chunk framing total are stable.
const http2 = require('http2');
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const fx = (f) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', f));

const server = http2.createSecureServer({ key: fx('key.pem'), cert: fx('cert.pem'), allowHTTP1: true });
server.on('request', (req, res) => {
  let n = 0;
  req.on('data', (d) => { n += d.length; });
  req.on('end', () => {
    console.log('server got', n, req.headers['content-length']);
    res.writeHead(200, { 'content-type': 'application/octet-stream' });
    for (let i = 0; i < 20; i++) res.write(Buffer.alloc(10240, 97 + i));
    res.end();
  });
});
server.listen(0, () => {
  const sock = tls.connect({ port: server.address().port, host: '127.0.0.1', servername: 'localhost',
                             ca: fx('ca.pem'), ALPNProtocols: ['http/1.1'] }, () => {
    const body = Buffer.alloc(300000, 120);
    sock.write(`POST /up HTTP/1.1\r\nHost: localhost\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`);
    for (let i = 0; i < body.length; i += 16384) sock.write(body.subarray(i, i + 16384));
  });
  const parts = [];
  sock.on('data', (d) => parts.push(d));
  sock.on('end', () => {
    const all = Buffer.concat(parts).toString('latin1');
    const split = all.indexOf('\r\n\r\n');
    console.log(all.slice(0, split).replace(/\r\nDate: [^\r]*/, ''));
    let rest = all.slice(split + 4);
    let total = 0;
    let chunks = 0;
    for (;;) {
      const eol = rest.indexOf('\r\n');
      const size = parseInt(rest.slice(0, eol), 16);
      if (size === 0) break;
      total += size;
      chunks++;
      rest = rest.slice(eol + 2 + size + 2);
    }
    console.log('chunks', chunks, 'bytes', total);
    server.close();
  });
});
