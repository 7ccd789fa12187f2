// session.ping(): callback (err, duration, payload) with and without a payload; the peer's 'ping'
// event sees the payload; ping on both sides; return value.
const http2 = require('http2');
const server = http2.createServer();
server.on('session', (s) => {
  s.on('ping', (p) => console.log('server ping event', p.length));
});
server.on('stream', (stream) => { stream.respond(); stream.end(); });
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('ping', (p) => console.log('client ping event', p.toString('hex')));
  client.on('connect', () => {
    const r1 = client.ping(Buffer.from('abcdefgh'), (err, duration, payload) => {
      console.log('ping1', err, typeof duration, duration >= 0, payload.toString());
      const r2 = client.ping((err2, d2, p2) => {
        console.log('ping2', err2, typeof d2, p2.length, Buffer.isBuffer(p2));
        const u8 = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
        client.ping(u8, (err3, d3, p3) => {
          console.log('ping3', err3, p3.toString('hex'));
          client.close(() => server.close());
        });
      });
      console.log('r2', r2);
    });
    console.log('r1', r1);
  });
});
