// server.close() while a request is in flight: the open stream completes; new connections are
// refused; the close callback runs after the session ends.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream) => {
  server.close(() => console.log('server close cb', server.listening));
  console.log('listening after close()', server.listening);
  stream.respond();
  setTimeout(() => stream.end('finished'), 50);
});
server.listen(0, () => {
  const port = server.address().port;
  const client = http2.connect(`http://localhost:${port}`);
  const req = client.request();
  req.setEncoding('utf8');
  req.on('data', (d) => console.log('data', d));
  req.on('close', () => {
    client.close();
    const late = http2.connect(`http://localhost:${port}`);
    late.on('error', (e) => console.log('late error', e.code));
  });
});
