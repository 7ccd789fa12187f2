// Backpressure: write() returns false, 'drain' follows; a slow reader paused/resumed gets every byte.
// NODECOMPAT_NET_BIG_MIB=256 runs the full-size transfer (CI runs 32 MiB).
// @timeout 120
const net = require('net');
const total = Number(process.env.NODECOMPAT_NET_BIG_MIB || 32) * 1024 * 1024;
const chunk = Buffer.alloc(64 * 1024, 97);
let peakRss = 0;
const server = net.createServer((s) => {
  let got = 0;
  s.on('data', (d) => {
    got += d.length;
    if (got % (4 * 1024 * 1024) < d.length) {
      s.pause();
      setTimeout(() => s.resume(), 2);
    }
  });
  s.on('end', () => {
    console.log('received', got === total);
    s.end();
  });
});
server.listen(0, () => {
  const c = net.connect(server.address().port);
  let sent = 0;
  let falses = 0;
  let drains = 0;
  c.on('drain', () => { drains++; pump(); });
  function pump() {
    while (sent < total) {
      sent += chunk.length;
      if (!c.write(chunk)) { falses++; return; }
    }
    c.end();
  }
  c.on('connect', pump);
  c.on('close', () => {
    console.log('sent', sent === total, 'saw backpressure', falses > 0, 'drains == falses', drains === falses);
    console.log('bounded', c.writableLength === 0);
    server.close();
  });
});
