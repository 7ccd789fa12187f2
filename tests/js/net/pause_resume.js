// pause()/resume(): no 'data' while paused, every byte after resume; isPaused, readableFlowing,
// bytesRead/bytesWritten, write callbacks in order, 'end' only after the last byte.
const net = require('net');
const chunk = Buffer.alloc(16 * 1024, 120);
const N = 64;
const server = net.createServer((s) => {
  let i = 0;
  const order = [];
  (function pump() {
    while (i < N) {
      const k = i++;
      if (!s.write(chunk, () => order.push(k))) { s.once('drain', pump); return; }
    }
    s.end(() => console.log('server end cb, callbacks in order', order.every((v, j) => v === j),
                            order.length, 'bytesWritten', s.bytesWritten));
  })();
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  console.log('initial flowing', c.readableFlowing, 'isPaused', c.isPaused());
  let got = 0;
  let whilePaused = 0;
  let paused = false;
  c.on('data', (d) => {
    if (paused) whilePaused++;
    got += d.length;
    if (got >= 256 * 1024 && got - d.length < 256 * 1024) {
      c.pause();
      paused = true;
      console.log('paused', c.isPaused(), c.readableFlowing);
      setTimeout(() => {
        paused = false;
        console.log('resuming, buffered something', c.readableLength >= 0);
        c.resume();
        console.log('after resume', c.isPaused(), c.readableFlowing);
      }, 50);
    }
  });
  c.on('end', () => console.log('end got', got, 'of', N * chunk.length, 'data while paused', whilePaused,
                                'bytesRead', c.bytesRead));
  c.on('close', (hadError) => { console.log('close', hadError); server.close(); });
});
