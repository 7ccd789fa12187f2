// The server the command-line tools and httpx talk to (tests/test_real_clients_tools.py).
// argv: plain | tls KEY CERT. Routes:
//   /hello      200 "hello <METHOD>"
//   /trailers   body then trailers (waitForTrailers): x-checksum, x-count
//   /push       pushes /pushed.css (when the client allows push), then the page
//   /echo       echoes the request body; x-received: its byte count
//   /big        1 MiB of a repeating pattern (flow control across many windows)
'use strict';
const http2 = require('http2');
const fs = require('fs');

const [mode, keyFile, certFile] = process.argv.slice(2);
const server = mode === 'tls'
  ? http2.createSecureServer({ key: fs.readFileSync(keyFile), cert: fs.readFileSync(certFile) })
  : http2.createServer();
const BIG = Buffer.alloc(1 << 20);
for (let i = 0; i < BIG.length; i++) BIG[i] = 97 + (i % 26);

server.on('stream', (stream, headers) => {
  const path = headers[':path'];
  stream.on('error', () => {});
  if (path === '/trailers') {
    stream.respond({ ':status': 200, 'content-type': 'text/plain' }, { waitForTrailers: true });
    stream.on('wantTrailers', () => stream.sendTrailers({ 'x-checksum': 'abc123', 'x-count': '2' }));
    stream.write('part one\n');
    stream.end('part two\n');
  } else if (path === '/push') {
    if (stream.pushAllowed) {
      stream.pushStream({ ':path': '/pushed.css' }, (err, push) => {
        if (err) return;
        push.on('error', () => {});
        push.respond({ ':status': 200, 'content-type': 'text/css' });
        push.end('body { color: red }\n');
      });
    }
    stream.respond({ ':status': 200, 'content-type': 'text/html' });
    stream.end('<link rel="stylesheet" href="/pushed.css">page with push\n');
  } else if (path === '/echo') {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', () => {
      const body = Buffer.concat(chunks);
      stream.respond({ ':status': 200, 'content-type': 'application/octet-stream',
        'x-received': String(body.length) });
      stream.end(body);
    });
  } else if (path === '/big') {
    stream.respond({ ':status': 200, 'content-type': 'text/plain', 'content-length': BIG.length });
    stream.end(BIG);
  } else if (path === '/hello' || path === '/pushed.css') {
    stream.respond({ ':status': 200, 'content-type': 'text/plain' });
    stream.end('hello ' + headers[':method']);
  } else {
    stream.respond({ ':status': 404 });
    stream.end();
  }
});
server.listen(0, '127.0.0.1', () => console.log('PORT ' + server.address().port));
setTimeout(() => server.close(), 120000).unref();
