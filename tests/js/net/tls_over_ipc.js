// TLS over a Unix domain socket: tls.createServer().listen(path), tls.connect({ path }).
const tls = require('tls'); const fs = require('fs'); const path = require('path'); const os = require('os');
const F = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nc-tlsipc-'));
const sock = path.join(dir, 't.sock');
const server = tls.createServer({ key: F('server-key.pem'), cert: F('server-cert.pem') }, (s) => {
  s.end(`hello ${s.authorized} ${s.getProtocol()}`);
});
server.listen(sock, () => {
  console.log('address is path', server.address() === sock);
  const c = tls.connect({ path: sock, ca: F('ca.pem'), servername: 'localhost' }, () => {
    console.log('secureConnect', c.authorized, c.remoteAddress);
  });
  c.setEncoding('utf8');
  c.on('data', (d) => console.log('data', d));
  c.on('close', () => server.close(() => { console.log('closed', fs.existsSync(sock)); fs.rmSync(dir, { recursive: true }); }));
});
