// A client uploads 1 MiB to a server that reads slowly: the client's write() returns false and
// 'drain' follows; the server counts every byte.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream) => {
  let n = 0;
  stream.pause();
  setTimeout(() => stream.resume(), 100);
  stream.on('data', (d) => { n += d.length; });
  stream.on('end', () => { stream.respond(); stream.end(String(n)); });
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({ ':method': 'POST' });
  const chunk = Buffer.alloc(65536, 1);
  let i = 0;
  let sawFalse = false;
  let drains = 0;
  req.on('drain', () => drains++);
  (function pump() {
    while (i < 16) {
      i++;
      if (!req.write(chunk)) { sawFalse = true; req.once('drain', pump); return; }
    }
    req.end();
  })();
  req.setEncoding('utf8');
  req.on('data', (d) => console.log('server counted', d, 'backpressure', sawFalse, 'drains', drains > 0));
  req.on('end', () => { client.close(); server.close(); });
});
