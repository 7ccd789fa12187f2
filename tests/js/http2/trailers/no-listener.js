// waitForTrailers without a 'wantTrailers' listener: Node sends empty trailers itself, so the
// stream ends normally and the client sees no 'trailers' event.
const http2 = require('http2');
const server = http2.createServer();
let serverLine;  // printed at the end: its order against the client's events is socket timing
server.on('close', () => console.log(serverLine));
server.on('stream', (stream) => {
  stream.respond({ ':status': 200 }, { waitForTrailers: true });
  stream.end('body');
  stream.on('close', () => { serverLine = `server close ${stream.rstCode} ${typeof stream.sentTrailers}`; });
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request();
  req.on('trailers', () => console.log('unexpected trailers'));
  req.setEncoding('utf8');
  req.on('data', (d) => console.log('data', d));
  req.on('end', () => console.log('end'));
  req.on('close', () => { console.log('client close', req.rstCode); client.close(); server.close(); });
});
