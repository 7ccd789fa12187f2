// server.setTimeout: an idle session gets 'timeout' on the server (destroyed when unhandled).
const http2 = require('http2');
const server = http2.createServer();
server.setTimeout(60);
server.on('timeout', (session) => {
  console.log('server timeout', session.constructor.name);
  session.destroy();
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('close', () => {
    console.log('client closed');
    server.close();
  });
});
