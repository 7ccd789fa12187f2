// Many small writes in one turn (more than handle.js's batch arena holds), a write reusing its
// buffer after its callback, then end(): every byte arrives, in order.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream) => {
  stream.respond({ ':status': 200 });
  const chunk = Buffer.alloc(1000);
  let cbs = 0;
  for (let i = 0; i < 600; i++) {
    chunk.fill(i % 251);
    stream.write(Buffer.from(chunk), () => { cbs++; });
  }
  const reused = Buffer.alloc(10, 7);
  stream.write(reused, () => { reused.fill(9); });
  stream.end('end', () => console.log('server write callbacks', cbs));
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({ ':path': '/' });
  req.on('response', (h) => console.log('status', h[':status']));
  let total = 0;
  let sum = 0;
  req.on('data', (d) => {
    for (const b of d) sum = (sum * 31 + b) % 1000000007;
    total += d.length;
  });
  req.on('end', () => {
    console.log('bytes', total, 'checksum', sum);
    client.close();
    server.close();
  });
});
