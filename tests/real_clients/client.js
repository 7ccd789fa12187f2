// A nodecompat http2 client for real servers (nghttpd, hypercorn): tests/test_real_clients_tools.py.
// argv: URL [--ca FILE] PATH...; a PATH "POST:/p" sends a body. Prints, once everything ended:
//   alpn <protocol>
//   <METHOD> <path> <status> <json body> [trailers <json>]   (one per request, in argv order)
//   push <path> <status> <json body>                         (one per pushed stream, sorted)
'use strict';
const http2 = require('http2');
const fs = require('fs');

const argv = process.argv.slice(2);
const url = argv.shift();
const options = {};
const paths = [];
while (argv.length) {
  const a = argv.shift();
  if (a === '--ca') options.ca = fs.readFileSync(argv.shift());
  else paths.push(a);
}

const session = http2.connect(url, options);
session.on('error', (e) => { console.log('session error', e.code, e.message); process.exitCode = 1; });
const results = new Array(paths.length);
const pushes = [];
let pending = paths.length;
function done() {
  if (--pending > 0) return;
  console.log('alpn ' + session.alpnProtocol);
  for (const r of results) console.log(r);
  for (const p of pushes.sort()) console.log(p);
  session.close();
}

session.on('stream', (push, requestHeaders) => {  // server push
  pending++;
  let body = '';
  let status;
  push.setEncoding('utf8');
  push.on('push', (h) => { status = h[':status']; });
  push.on('data', (d) => { body += d; });
  push.on('end', () => {
    pushes.push(`push ${requestHeaders[':path']} ${status} ${JSON.stringify(body)}`);
    done();
  });
});

paths.forEach((spec, i) => {
  const [method, path] = spec.startsWith('POST:') ? ['POST', spec.slice(5)] : ['GET', spec];
  const req = session.request({ ':method': method, ':path': path, te: 'trailers' });
  let body = '';
  let status;
  let trailers = '';
  req.setEncoding('utf8');
  req.on('response', (h) => { status = h[':status']; });
  req.on('trailers', (t) => { trailers = ' trailers ' + JSON.stringify(t); });
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    results[i] = `${method} ${path} ${status} ${JSON.stringify(body)}${trailers}`;
    done();
  });
  req.end(method === 'POST' ? 'ping from nodecompat' : undefined);
});
