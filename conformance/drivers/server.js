// Scripted HTTP/2 server that a docs client example talks to (always run under real node).
// usage: node server.js PORT [--tls KEY CERT] [--push] [--altsvc] [--origin] [--connect-protocol]
// Logs each request it sees (method, path) to stdout; answers 200 with a fixed body.
'use strict';
const http2 = require('node:http2');
const fs = require('node:fs');

const args = process.argv.slice(2);
const port = Number(args[0]);
const tls = args.indexOf('--tls');
const settings = args.includes('--connect-protocol') ? { enableConnectProtocol: true } : {};
const server = tls < 0 ? http2.createServer({ settings }) :
  http2.createSecureServer({ key: fs.readFileSync(args[tls + 1]), cert: fs.readFileSync(args[tls + 2]),
    settings });

server.on('session', (session) => {
  if (args.includes('--altsvc')) session.altsvc('h2=":8000"', 1);
  if (args.includes('--origin') && tls >= 0) session.origin('https://example.org', 'https://example.com');
});
server.on('stream', (stream, headers) => {
  console.log(`request: ${headers[':method']} ${headers[':path'] || ''} ${headers[':protocol'] || ''}`);
  stream.on('error', () => {});
  if (headers[':method'] === 'CONNECT') {
    stream.respond({ ':status': 200 });
    stream.pipe(stream);   // echo tunnel
    return;
  }
  if (args.includes('--push') && stream.pushAllowed) {
    stream.pushStream({ ':path': '/pushed.css' }, (err, push) => {
      if (err) return;
      push.respond({ ':status': 200, 'content-type': 'text/css' });
      push.end('body { color: red }');
    });
  }
  stream.respond({ ':status': 200, 'content-type': 'text/plain; charset=utf-8' });
  stream.end('hello from the scripted server\n');
});
server.listen(port, () => console.log('scripted server ready'));
process.on('SIGTERM', () => process.exit(0));
