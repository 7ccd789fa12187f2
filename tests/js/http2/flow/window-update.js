// initialWindowSize 1000 on the client: a 100 KB response still arrives whole (WINDOW_UPDATEs
// as the client reads); the stream's localWindowSize reflects the setting.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream) => {
  stream.respond();
  stream.end(Buffer.alloc(100000, 'z'));
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`, { settings: { initialWindowSize: 1000 } });
  const req = client.request();
  let n = 0;
  req.on('data', (d) => { n += d.length; });
  req.on('response', () => console.log('state window', req.state.localWindowSize <= 1000));
  req.on('end', () => { console.log('got', n); client.close(); server.close(); });
});
