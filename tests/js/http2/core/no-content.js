// 204 / 304: respond() ends the stream by itself; writing afterwards fails.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream, headers) => {
  const status = Number(headers[':path'].slice(1));
  stream.respond({ ':status': status });
  console.log(status, 'ended', stream.writableEnded);
  stream.on('error', (e) => console.log('server stream error', e.code));
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  let left = 2;
  for (const s of [204, 304]) {
    const req = client.request({ ':path': '/' + s });
    req.on('response', (h, flags) => console.log('response', h[':status'], flags & 1));
    req.resume();
    req.on('end', () => { if (--left === 0) { client.close(); server.close(); } });
  }
});
