// A plain TCP client that connects to a TLS server and leaves before the handshake:
// the server reports 'tlsClientError' (ECONNRESET, Node's server-side text) and keeps running.
const tls = require('tls'); const net = require('net'); const fs = require('fs'); const path = require('path');
const F = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));
const s = tls.createServer({ key: F('server-key.pem'), cert: F('server-cert.pem') });
s.on('tlsClientError', (e) => console.log('tlsClientError', e.code, e.message));
s.listen(0, () => {
  const c = net.connect(s.address().port, () => { c.destroy(); setTimeout(() => s.close(() => console.log('closed')), 200); });
});
