// Shared by the allowHTTP1 programs: a secure server with allowHTTP1, raw HTTP/1.1 over TLS, h2 client.
const http2 = require('http2');
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const fx = (f) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', f));
exports.http2 = http2;
exports.server = (opts, handler) => http2.createSecureServer({ key: fx('key.pem'), cert: fx('cert.pem'), allowHTTP1: true, ...opts }, handler);
exports.ca = fx('ca.pem');
// Send `raw` on an http/1.1 TLS connection; cb(text) with the Date value masked, when the server closes
// or after `waitMs` of quiet (a fallback: every caller gets a server close).
exports.h1 = (port, raw, cb, waitMs = 3000) => {
  const sock = tls.connect({ port, host: '127.0.0.1', servername: 'localhost', ca: exports.ca, ALPNProtocols: ['http/1.1'] });
  let text = '';
  let timer = null;
  const finish = () => { if (timer === false) return; clearTimeout(timer); timer = false; sock.destroy(); cb(text.replace(/\r\nDate: [^\r]*/gi, '\r\nDate: X')); };
  sock.setEncoding('latin1');
  sock.on('data', (d) => { text += d; clearTimeout(timer); timer = setTimeout(finish, waitMs); });
  sock.on('end', finish);
  sock.on('error', (e) => { console.log('h1 socket error', e.code); finish(); });
  if (typeof raw === 'function') raw(sock); else sock.write(raw);
  return sock;
};
exports.h2get = (port, p, cb) => {
  const client = http2.connect(`https://localhost:${port}`, { ca: exports.ca });
  const req = client.request({ ':path': p });
  let body = '';
  let head;
  req.setEncoding('utf8');
  req.on('response', (h) => { head = h; });
  req.on('data', (d) => { body += d; });
  req.on('end', () => { client.close(); cb(head, body); });
};
