// The server writes and ends first (close_notify, then FIN); the client keeps reading, answers
// after 'end' (allowHalfOpen false: it ends too). TLS 1.3 and 1.2, in turn.
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const key = fs.readFileSync(path.join(__dirname, 'fixtures', 'server-key.pem'));
const cert = fs.readFileSync(path.join(__dirname, 'fixtures', 'server-cert.pem'));

function run(maxVersion, done) {
  const log = { server: [], client: [] };
  let closed = 0;
  const finish = () => {
    if (++closed < 2) return;
    console.log(maxVersion, 'server:', log.server.join('|'));
    console.log(maxVersion, 'client:', log.client.join('|'));
    server.close(done);
  };
  const server = tls.createServer({ key, cert, maxVersion }, (s) => {
    s.write('hello'); s.end();
    s.on('data', (d) => log.server.push('data ' + d));
    s.on('end', () => log.server.push('end'));
    s.on('error', (e) => log.server.push('error ' + e.code));
    s.on('close', (hadError) => { log.server.push('close ' + hadError); finish(); });
  });
  server.listen(0, () => {
    const c = tls.connect({ port: server.address().port, rejectUnauthorized: false }, () => {
      log.client.push('secure ' + c.getProtocol());
    });
    c.setEncoding('utf8');
    c.on('data', (d) => log.client.push('data ' + d));
    c.on('end', () => log.client.push('end ' + c.writable));
    c.on('error', (e) => log.client.push('error ' + e.code));
    c.on('close', (hadError) => { log.client.push('close ' + hadError); finish(); });
  });
}
run('TLSv1.3', () => run('TLSv1.2', () => console.log('done')));
