// A server allowing 2 concurrent streams: the client's 4 requests all complete, at most 2 at a time
// on the server.
const http2 = require('http2');
const server = http2.createServer({ settings: { maxConcurrentStreams: 2 } });
let open = 0;
let peak = 0;
server.on('stream', (stream) => {
  open++;
  peak = Math.max(peak, open);
  stream.on('close', () => { open--; });
  stream.respond();
  setTimeout(() => stream.end('x'), 30);
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('remoteSettings', (s) => {
    console.log('remote maxConcurrentStreams', s.maxConcurrentStreams);
    let done = 0;
    for (let i = 0; i < 4; i++) {
      const req = client.request({ ':path': '/' + i });
      req.resume();
      req.on('close', () => {
        if (++done === 4) { console.log('all done, peak', peak, 'rst', req.rstCode); client.close(); server.close(); }
      });
    }
  });
});
