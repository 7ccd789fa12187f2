// endStream defaults: GET/HEAD/DELETE end at once, POST stays open; explicit endStream.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream, headers, flags) => {
  stream.respond({ ':status': 200, 'x-ended': String(flags & 1) });
  stream.resume();
  stream.on('end', () => stream.end());
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const cases = [['GET'], ['DELETE'], ['POST'], ['POST', true], ['GET', false]];
  let left = cases.length;
  for (const [method, endStream] of cases) {
    const opts = endStream === undefined ? {} : { endStream };
    const req = client.request({ ':method': method, ':path': '/' }, opts);
    const label = `${method} ${endStream}`;
    req.on('response', (h) => {
      console.log(label, 'x-ended', h['x-ended'], 'writableEnded', req.writableEnded);
      if (!req.writableEnded) req.end();
    });
    req.resume();
    req.on('close', () => { if (--left === 0) { client.close(); server.close(); } });
  }
});
