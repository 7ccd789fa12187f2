// A POST body streamed to the server and piped back: Duplex pipe and backpressure.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream, headers) => {
  stream.respond({ ':status': 200, 'x-method': headers[':method'] });
  stream.pipe(stream);
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({ ':method': 'POST', ':path': '/echo' });
  req.on('response', (h) => console.log('status', h[':status'], h['x-method']));
  let total = 0;
  let sum = 0;
  req.on('data', (c) => { total += c.length; for (const b of c) sum = (sum + b) % 65521; });
  req.on('end', () => {
    console.log('echoed', total, 'checksum', sum);
    client.close();
    server.close();
  });
  const chunk = Buffer.alloc(16384);
  for (let i = 0; i < chunk.length; i++) chunk[i] = i % 251;
  let n = 0;
  (function write() {
    while (n < 64) {
      n++;
      if (!req.write(chunk)) return req.once('drain', write);
    }
    req.end();
  })();
});
