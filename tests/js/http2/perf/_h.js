// Shared by the perf programs: collect 'http2' entries; one POST exchange over a fresh server.
const http2 = require('http2');
exports.http2 = http2;
exports.exchange = (reqBody, resBody, done, streams = 1) => {
  const server = http2.createServer();
  server.on('stream', (stream) => {
    stream.respond({ ':status': 200 });
    stream.resume();
    stream.on('end', () => stream.end(resBody));
  });
  server.listen(0, () => {
    const client = http2.connect(`http://localhost:${server.address().port}`);
    let left = streams;
    for (let i = 0; i < streams; i++) {
      const req = client.request({ ':path': '/', ':method': 'POST' });
      req.end(reqBody);
      req.resume();
      req.on('end', () => {
        if (--left === 0) client.close(() => server.close(() => setTimeout(done, 50)));
      });
    }
  });
};
