// getEphemeralKeyInfo() (client: the server's key-exchange key; server: null; {} before the
// handshake, null after close) and setMaxSendFragment(): argument checks, OpenSSL's 512..16384
// range, and the effect on the wire (largest application-data record seen by a counting proxy).
const tls = require('tls'); const net = require('net'); const fs = require('fs'); const path = require('path');
const F = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));
const tryIt = (f) => { try { return f(); } catch (e) { return `${e.name} ${e.code} ${e.message}`; } };

// a TCP proxy that parses TLS record headers going server -> client
function recordProxy(target, cb) {
  const stats = { max: 0 };
  const proxy = net.createServer((down) => {
    const up = net.connect(target, '127.0.0.1');
    let buf = Buffer.alloc(0);
    up.on('data', (d) => {
      buf = Buffer.concat([buf, d]);
      while (buf.length >= 5 && buf.length >= 5 + buf.readUInt16BE(3)) {
        const len = buf.readUInt16BE(3);
        if (buf[0] === 23) stats.max = Math.max(stats.max, len);
        buf = buf.subarray(5 + len);
      }
      down.write(d);
    });
    down.pipe(up);
    up.on('end', () => down.end()); up.on('error', () => {}); down.on('error', () => {});
  });
  proxy.listen(0, '127.0.0.1', () => cb(proxy, stats));
}

function run(maxVersion, fragment, next) {
  const server = tls.createServer({ key: F('server-key.pem'), cert: F('server-cert.pem'), maxVersion }, (s) => {
    console.log(maxVersion, fragment, 'server eki', s.getEphemeralKeyInfo());
    if (fragment) console.log(maxVersion, 'server set', s.setMaxSendFragment(fragment));
    s.end(Buffer.alloc(3000, 1));
  });
  server.listen(0, '127.0.0.1', () => recordProxy(server.address().port, (proxy, stats) => {
    const c = tls.connect({ port: proxy.address().port, host: 'localhost', ca: F('ca.pem'), maxVersion });
    console.log(maxVersion, 'before', c.getEphemeralKeyInfo(), tryIt(() => c.setMaxSendFragment(1024)),
      tryIt(() => c.setMaxSendFragment(100)));
    let got = 0;
    c.on('secureConnect', () => {
      console.log(maxVersion, 'client eki', c.getEphemeralKeyInfo());
      for (const v of [511, 512, 16384, 16385, -1, '1', 1.5, undefined, 2 ** 31]) {
        console.log(maxVersion, 'frag', v, tryIt(() => c.setMaxSendFragment(v)));
      }
    });
    c.on('data', (d) => { got += d.length; });
    c.on('close', () => {
      console.log(maxVersion, fragment, 'got', got, 'largest record', stats.max);
      console.log(maxVersion, 'after', c.getEphemeralKeyInfo(), tryIt(() => c.setMaxSendFragment(1024)));
      proxy.close(); server.close(next);
    });
  }));
}
run('TLSv1.3', 0, () => run('TLSv1.3', 1000, () => run('TLSv1.2', 0, () => run('TLSv1.2', 1000, () => {}))));
