// node http2 client peer: node client.js URL PATH [bodyBytes] [caFile]; prints a JSON summary
const http2 = require('http2');
const fs = require('fs');
const [url, path, bodyLen, ca] = process.argv.slice(2);
const client = http2.connect(url, ca ? { ca: fs.readFileSync(ca) } : {});
client.on('error', (e) => { console.error(e); process.exit(2); });
const out = { pushes: [] };
client.on('stream', (pushed, headers) => {
  let d = '';
  pushed.on('data', (c) => { d += c; });
  pushed.on('end', () => out.pushes.push({ path: headers[':path'], body: d }));
});
client.on('origin', (o) => { out.origin = o; });
client.on('altsvc', (alt, origin) => { out.altsvc = [alt, origin]; });
const req = client.request({ ':path': path, ':method': bodyLen ? 'POST' : 'GET' });
req.on('response', (h) => { out.status = h[':status']; });
req.on('trailers', (t) => { out.trailers = t; });
let len = 0; let text = '';
req.on('data', (c) => { len += c.length; if (text.length < 64) text += c.toString('latin1'); });
req.on('end', () => {
  out.length = len; out.text = text.slice(0, 64);
  client.ping(Buffer.from('abcdefgh'), (err, rtt, payload) => {
    out.ping = err ? err.code : payload.toString();
    setTimeout(() => { console.log(JSON.stringify(out)); client.close(); }, 50);
  });
});
if (bodyLen) req.end(Buffer.alloc(Number(bodyLen), 97)); else req.end();
