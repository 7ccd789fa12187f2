// bufferSize and writableLength while data waits behind a zero-ish window; both drop back to 0
// once everything is sent.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream) => {
  stream.respond();
  stream.write(Buffer.alloc(200000, 1));
  console.log('bufferSize after big write', stream.bufferSize > 0, typeof stream.bufferSize);
  stream.end();
  stream.on('finish', () => console.log('finish bufferSize', stream.bufferSize));
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request();
  let n = 0;
  req.on('data', (d) => { n += d.length; });
  req.on('end', () => { console.log('got', n); client.close(); server.close(); });
});
