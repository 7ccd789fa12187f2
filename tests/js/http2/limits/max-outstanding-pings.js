// maxOutstandingPings: 1 — a second ping before the first ack throws ERR_HTTP2_PING_CANCEL?
// (Node's actual behaviour printed); after the ack pings work again.
const http2 = require('http2');
const server = http2.createServer();
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`, { maxOutstandingPings: 1 });
  client.on('connect', () => {
    client.ping((err) => {
      console.log('first', err);
      client.ping((err2) => {
        console.log('third', err2);
        client.close(() => server.close());
      });
    });
    try {
      const r = client.ping((err) => console.log('second cb', err && err.code));
      console.log('second returned', r);
    } catch (e) { console.log('second threw', e.code, e.message); }
  });
});
