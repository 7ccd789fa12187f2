// A page with sub-resources over createSecureServer, for chromium (tests/test_real_clients_browser.py).
// argv: KEY CERT [allowHTTP1]. Logs one line per request: "REQ <proto> s<session#> <alpn> <path>".
'use strict';
const http2 = require('http2');
const fs = require('fs');

const [keyFile, certFile, mode] = process.argv.slice(2);
const allowHTTP1 = mode === 'allowHTTP1';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAIAAAASFvFNAAAAEElEQVR4nGP4z8AAQQxwFgBB0gX7h/C5SAAAAABJRU5ErkJggg==',
  'base64');  // 3x2 pixels
const FILES = {
  '/': ['text/html; charset=utf-8', `<!doctype html>
<html><head><title>nodecompat page</title><link rel="stylesheet" href="/style.css"></head>
<body><h1 id="title">served by nodecompat</h1>
<img id="png" src="/img/dot.png"><img id="svg" src="/img/box.svg">
<script src="/app.js"></script></body></html>`],
  '/style.css': ['text/css', '#title { color: rgb(1, 2, 3); }'],
  '/app.js': ['text/javascript', `
document.body.insertAdjacentHTML('beforeend',
  '<p id="ran">script ran; title color ' + getComputedStyle(document.getElementById('title')).color + '</p>');
window.addEventListener('load', () => {
  const png = document.getElementById('png'), svg = document.getElementById('svg');
  document.body.insertAdjacentHTML('beforeend', '<p id="loaded">images ' +
    png.naturalWidth + 'x' + png.naturalHeight + ' ' + svg.naturalWidth + 'x' + svg.naturalHeight + '</p>');
});`],
  '/img/dot.png': ['image/png', PNG],
  '/img/box.svg': ['image/svg+xml',
    '<svg xmlns="http://www.w3.org/2000/svg" width="7" height="5"><rect width="7" height="5"/></svg>'],
};

let sessions = 0;
const ids = new WeakMap();
function idOf(obj) {
  if (!ids.has(obj)) ids.set(obj, ++sessions);
  return 's' + ids.get(obj);
}

const server = http2.createSecureServer({
  key: fs.readFileSync(keyFile), cert: fs.readFileSync(certFile), allowHTTP1,
});
server.on('session', (session) => {
  console.log('SESSION ' + idOf(session) + ' alpn=' + session.alpnProtocol);
});
server.on('request', (req, res) => {
  const h2 = req.httpVersion === '2.0';
  const owner = h2 ? req.stream.session : req.socket;
  const alpn = h2 ? req.stream.session.alpnProtocol : req.socket.alpnProtocol;
  const path = req.url;
  console.log(`REQ ${req.httpVersion} ${idOf(owner)} ${alpn} ${path}`);
  const f = FILES[path];
  if (!f) {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': f[0], 'cache-control': 'no-store' });
  res.end(f[1]);
});
server.listen(0, '127.0.0.1', () => console.log('PORT ' + server.address().port));
setTimeout(() => server.close(), 60000).unref();
