// tls_end_after_write over TLS 1.2 (maxVersion): end() right after a write still reads the echo.
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const key = fs.readFileSync(path.join(__dirname, 'fixtures', 'server-key.pem'));
const cert = fs.readFileSync(path.join(__dirname, 'fixtures', 'server-cert.pem'));
const server = tls.createServer({ key, cert, maxVersion: 'TLSv1.2' }, (s) => {
  s.on('data', (d) => s.write('echo:' + d));
  s.on('end', () => { console.log('server saw end'); s.end(); });
});
server.listen(0, () => {
  const c = tls.connect({ port: server.address().port, rejectUnauthorized: false }, () => {
    console.log('protocol', c.getProtocol());
    c.write('hi'); c.end();
  });
  c.on('data', (d) => { console.log('client data', String(d)); c.end(); });
  c.on('error', (e) => console.log('client error', e.code, e.message));
  c.on('end', () => console.log('client end'));
  c.on('close', () => { console.log('client close'); server.close(); });
});
