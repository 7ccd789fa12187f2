// session.close(cb): closed/destroyed flags, the callback, 'close' order, and close() twice.
const http2 = require('http2');
const server = http2.createServer();
const order = [];
server.on('session', (s) => {
  s.on('close', () => { order.push('server session close'); });
});
server.on('stream', (stream) => {
  stream.respond();
  setTimeout(() => stream.end('late'), 50);
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('close', () => order.push('client close event'));
  const req = client.request();
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('close', () => order.push('req close ' + body));
  req.on('response', () => {
    client.close(() => {
      order.push('close cb');
      console.log('after', client.closed, client.destroyed);
      server.close(() => {
        order.push('server closed');
        console.log(order.join('\n'));
      });
    });
    console.log('closing', client.closed, client.destroyed);
    client.close();
    console.log('twice ok', client.closed);
    try { client.request(); } catch (e) { console.log(e.code, e.message); }
  });
});
