// session.setTimeout and stream.setTimeout fire 'timeout' when idle.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream) => {
  stream.setTimeout(50, () => {
    console.log('stream timeout');
    stream.respond({ ':status': 408 });
    stream.end();
  });
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({ ':method': 'POST', ':path': '/' });
  req.on('response', (h) => {
    console.log('status', h[':status']);
    client.setTimeout(50, () => {
      console.log('session timeout');
      client.close();
      server.close();
    });
  });
  req.resume();
});
