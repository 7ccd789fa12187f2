// allowHTTP1: several HTTP/1.1 requests on one keep-alive connection, request bodies (length and
// chunked), response header rules (Content-Length vs chunked, HEAD, 204, statusMessage).
const http2 = require('http2');
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const fx = (f) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', f));

const server = http2.createSecureServer({ key: fx('key.pem'), cert: fx('cert.pem'), allowHTTP1: true });
server.on('request', (req, res) => {
  console.log('req', req.method, req.url, req.httpVersion, req.httpVersionMajor, req.httpVersionMinor,
              JSON.stringify(req.headers), JSON.stringify(req.rawHeaders));
  console.log('types', req instanceof http2.Http2ServerRequest, res instanceof http2.Http2ServerResponse,
              typeof res.writeHead, typeof res.setHeader, res.statusCode, res.headersSent);
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    console.log('body', JSON.stringify(body), req.complete);
    if (req.url === '/len') {
      res.setHeader('X-Foo', 'bar');
      res.setHeader('Set-Cookie', ['a=1', 'b=2']);
      console.log('get', res.getHeader('x-foo'), res.hasHeader('X-FOO'), res.getHeaderNames());
      res.end('hello');
    } else if (req.url === '/chunked') {
      res.statusCode = 201;
      res.write('part1,');
      console.log('after write', res.headersSent);
      res.end('part2');
    } else if (req.url === '/msg') {
      res.statusMessage = 'Nope';
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end();
    } else if (req.url === '/empty') {
      res.writeHead(204);
      res.end();
    } else {
      res.end('head body');
    }
  });
  res.on('finish', () => console.log('finish', req.url, res.writableEnded, res.finished));
});

function printRaw(raw) {
  for (const part of raw.replace(/\r\nDate: [^\r]*/gi, '\r\nDate: X').split(/(?=HTTP\/1\.1 )/)) {
    console.log('resp', JSON.stringify(part));
  }
}

server.listen(0, () => {
  const port = server.address().port;
  const sock = tls.connect({ port, host: '127.0.0.1', servername: 'localhost', ca: fx('ca.pem'),
                             ALPNProtocols: ['http/1.1'] }, () => {
    const reqs = [
      'GET /len HTTP/1.1\r\nHost: localhost\r\nCookie: x=1\r\nX-Dup: a\r\nX-Dup: b\r\n\r\n',
      'POST /chunked HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\n\r\nabcde',
      'PUT /msg HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nxyz\r\n2\r\n12\r\n0\r\n\r\n',
      'GET /empty HTTP/1.1\r\nHost: localhost\r\n\r\n',
      'HEAD /head HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n',
    ];
    let i = 0;
    const next = () => { if (i < reqs.length) sock.write(reqs[i++]); };
    next();
    let seen = 0;
    sock.on('data', (d) => {
      raw += d;
      const n = (raw.match(/HTTP\/1\.1 /g) || []).length;
      if (n > seen) { seen = n; setTimeout(next, 20); }
    });
  });
  let raw = '';
  sock.setEncoding('utf8');
  sock.on('end', () => { printRaw(raw); server.close(); });
});
