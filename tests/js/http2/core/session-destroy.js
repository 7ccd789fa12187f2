// session.destroy(err): open streams get the error, then 'error' and 'close' on the session.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream) => {
  stream.on('error', () => {});
  stream.respond({ ':status': 200 });
  stream.write('partial');
});
server.on('session', (s) => s.on('error', () => {}));
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const order = [];
  const req = client.request({ ':path': '/' });
  req.on('error', (e) => order.push('req error ' + e.message));
  req.on('close', () => order.push('req close'));
  client.on('error', (e) => order.push('session error ' + e.message));
  client.on('close', () => {
    order.push('session close');
    console.log(order.join('\n'));
    console.log(client.destroyed, req.destroyed);
    server.close();
  });
  req.once('data', () => client.destroy(new Error('boom')));
});
