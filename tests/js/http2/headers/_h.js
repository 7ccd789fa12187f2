// Shared by the header programs: a core-API server whose handler gets (stream, headers, flags, raw).
const http2 = require('http2');
exports.http2 = http2;
exports.serve = (onStream, fn) => {
  const server = http2.createServer();
  server.on('stream', onStream);
  server.listen(0, () => {
    const client = http2.connect(`http://localhost:${server.address().port}`);
    fn(client, () => { client.close(); server.close(); });
  });
};
