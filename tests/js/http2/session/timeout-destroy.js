// An idle client session with setTimeout(ms) and no 'timeout' listener stays open (Node only
// emits); with a listener that closes it, the session ends; setTimeout returns the session.
const http2 = require('http2');
const server = http2.createServer();
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('connect', () => {
    const ret = client.setTimeout(40, () => {
      console.log('timeout fired', client.destroyed, client.closed);
      client.close(() => { console.log('closed'); server.close(); });
    });
    console.log('returns this', ret === client);
  });
});
