// originSet over TLS and the ORIGIN frame ('origin' event) from server options.origins.
const http2 = require('http2');
const fs = require('fs');
const path = require('path');
const fx = (f) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', f));
const server = http2.createSecureServer({ key: fx('key.pem'), cert: fx('cert.pem'),
                                         origins: ['https://example.com', 'https://example.org'] });
server.listen(0, () => {
  const port = server.address().port;
  const client = http2.connect(`https://localhost:${port}`, { ca: fx('ca.pem') });
  client.on('origin', (origins) => {
    console.log('origin event', origins);
    console.log('originSet', client.originSet.map((o) => o.replace(String(port), 'PORT')));
    client.close();
    server.close();
  });
});
