// respond(headers, { endStream: true, waitForTrailers: true }): headers-only response with
// END_STREAM; 'wantTrailers' never fires (nghttp2 has no data provider to ask for trailers).
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream) => {
  stream.on('wantTrailers', () => { console.log('server wantTrailers'); stream.sendTrailers({ 'x-a': '1' }); });
  stream.respond({ ':status': 200 }, { endStream: true, waitForTrailers: true });
  stream.on('close', () => console.log('server close', stream.rstCode));
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request();
  req.on('response', (h, f) => console.log('response flags', f));
  req.on('trailers', (t) => console.log('trailers', t['x-a']));
  req.resume();
  req.on('close', () => { console.log('client close', req.rstCode); client.close(); server.close(); });
});
