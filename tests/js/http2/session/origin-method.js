// ServerHttp2Session.origin() over TLS: strings, URL objects and { origin } objects; the client's
// 'origin' event and originSet; 421 Misdirected Request removes the origin from originSet.
const http2 = require('http2');
const fs = require('fs');
const path = require('path');
const fx = (f) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', f));
const server = http2.createSecureServer({ key: fx('key.pem'), cert: fx('cert.pem') });
server.on('session', (s) => {
  s.origin('https://example.com', new URL('https://example.org'), { origin: 'https://example.net' });
});
server.on('stream', (stream) => { stream.respond({ ':status': 421 }); stream.end(); });
server.listen(0, () => {
  const port = server.address().port;
  const client = http2.connect(`https://localhost:${port}`, { ca: fx('ca.pem') });
  const clean = (set) => set.map((o) => o.replace(String(port), 'PORT')).join(' ');
  client.on('origin', (origins) => {
    console.log('origin event', origins.join(' '));
    console.log('originSet', clean(client.originSet));
    const req = client.request({ ':authority': 'example.org' });
    req.on('response', (h) => console.log('status', h[':status']));
    req.resume();
    req.on('close', () => {
      console.log('after 421', clean(client.originSet));
      client.close();
      server.close();
    });
  });
});
