// session.unref(): a client session alone does not keep the process alive; ref/unref return
// undefined and are harmless after destroy.
const http2 = require('http2');
const server = http2.createServer();
server.on('session', (s) => s.unref());
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('connect', () => {
    console.log('unref', client.unref());
    console.log('ref', client.ref());
    client.unref();
    server.close();
    server.on('close', () => console.log('server closed'));
  });
  process.on('exit', () => {
    console.log('exit with client destroyed', client.destroyed);
    client.destroy();
    console.log('after destroy', client.ref(), client.unref());
  });
});
