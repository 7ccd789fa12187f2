// allowHalfOpen server: after the client's end() (close_notify + FIN) it still writes, then ends;
// the client reads that data before its 'end'. TLS 1.3 and 1.2, in turn.
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
  const server = tls.createServer({ key, cert, maxVersion, allowHalfOpen: true }, (s) => {
    let got = '';
    s.setEncoding('utf8');
    s.on('data', (d) => { got += d; });
    s.on('end', () => {
      log.server.push('end got=' + got + ' writable=' + s.writable);
      s.write('late:' + got, () => log.server.push('written'));
      setTimeout(() => s.end('bye'), 20);
    });
    s.on('error', (e) => log.server.push('error ' + e.code));
    s.on('close', (hadError) => { log.server.push('close ' + hadError); finish(); });
  });
  server.listen(0, () => {
    const c = tls.connect({ port: server.address().port, rejectUnauthorized: false }, () => {
      c.write('a'); c.write('b'); c.end('c');
    });
    let got = '';
    c.setEncoding('utf8');
    c.on('data', (d) => { got += d; });
    c.on('end', () => log.client.push('end got=' + got));
    c.on('finish', () => log.client.push('finish'));
    c.on('error', (e) => log.client.push('error ' + e.code));
    c.on('close', (hadError) => { log.client.push('close ' + hadError); finish(); });
  });
}
run('TLSv1.3', () => run('TLSv1.2', () => console.log('done')));
