// exportKeyingMaterial (both ends derive the same bytes; argument checks; before the handshake),
// getFinished/getPeerFinished (each side's Finished is the other's peer Finished), for TLS 1.3 and 1.2.
const tls = require('tls'); const fs = require('fs'); const path = require('path');
const F = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));
const tryIt = (f) => { try { return f(); } catch (e) { return `${e.name} ${e.code} ${e.message}`; } };
function run(maxVersion, next) {
  let serverSide = null;
  const server = tls.createServer({ key: F('server-key.pem'), cert: F('server-cert.pem'), maxVersion }, (s) => {
    serverSide = { ekm: s.exportKeyingMaterial(32, 'EXPERIMENTAL-x', Buffer.from('ctx')).toString('hex'),
      fin: s.getFinished().toString('hex'), peerFin: s.getPeerFinished().toString('hex') };
    s.end('x');
  });
  server.listen(0, '127.0.0.1', () => {
    const c = tls.connect({ port: server.address().port, host: 'localhost', ca: F('ca.pem'), maxVersion });
    console.log(maxVersion, 'before', tryIt(() => c.exportKeyingMaterial(8, 'x')), c.getFinished(), c.getPeerFinished());
    c.on('secureConnect', () => {
      const ekm = c.exportKeyingMaterial(32, 'EXPERIMENTAL-x', Buffer.from('ctx'));
      console.log(maxVersion, 'ekm', Buffer.isBuffer(ekm), ekm.length);
      console.log(maxVersion, 'no context differs', c.exportKeyingMaterial(32, 'EXPERIMENTAL-x').equals(ekm));
      console.log(maxVersion, tryIt(() => c.exportKeyingMaterial(-1, 'x')));
      console.log(maxVersion, tryIt(() => c.exportKeyingMaterial(8, 5)));
      console.log(maxVersion, tryIt(() => c.exportKeyingMaterial(8, 'x', 'notbuf')));
      c.on('data', () => {});
      c.on('end', () => {
        console.log(maxVersion, 'same ekm', serverSide.ekm === ekm.toString('hex'));
        console.log(maxVersion, 'finished pair', serverSide.peerFin === c.getFinished().toString('hex'),
          serverSide.fin === c.getPeerFinished().toString('hex'), c.getFinished().length);
      });
      c.on('close', () => server.close(next));
    });
  });
}
run('TLSv1.3', () => run('TLSv1.2', () => {}));
