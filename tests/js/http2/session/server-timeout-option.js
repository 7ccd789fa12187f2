// createServer({}) then server.setTimeout(ms, cb): the callback gets the idle session; the
// server's 'timeout' listener count; server.timeout property.
const http2 = require('http2');
const server = http2.createServer();
console.log('default timeout', server.timeout);
const ret = server.setTimeout(60, (session) => {
  console.log('server timeout for', session.constructor.name, session.type);
  session.close();
  server.close();
});
console.log('returns server', ret === server, server.timeout, server.listenerCount('timeout'));
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('close', () => console.log('client close'));
});
