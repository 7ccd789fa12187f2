// 4 MiB each way: flow control and backpressure in both directions.
const http2 = require('http2');
const SIZE = 4 * 1024 * 1024;
const server = http2.createServer();
server.on('stream', (stream) => {
  let got = 0;
  stream.on('data', (d) => { got += d.length; });
  stream.on('end', () => {
    console.log('server got', got);
    stream.respond({ ':status': 200 });
    const chunk = Buffer.alloc(65536, 7);
    let sent = 0;
    (function write() {
      while (sent < SIZE) {
        sent += chunk.length;
        if (!stream.write(chunk)) return stream.once('drain', write);
      }
      stream.end();
    })();
  });
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({ ':method': 'POST', ':path': '/' });
  let got = 0;
  let sum = 0;
  req.on('data', (d) => { got += d.length; sum += d[0]; });
  req.on('end', () => {
    console.log('client got', got, sum > 0);
    client.close();
    server.close();
  });
  const chunk = Buffer.alloc(65536, 1);
  let sent = 0;
  (function write() {
    while (sent < SIZE) {
      sent += chunk.length;
      if (!req.write(chunk)) return req.once('drain', write);
    }
    req.end();
  })();
});
