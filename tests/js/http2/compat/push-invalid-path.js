// ENGINE (docs/engine-requests.md): a PUSH_PROMISE whose :path is not a path ("5") is reset by a
// Node client with PROTOCOL_ERROR (nghttp2 treats the promised request as malformed) and never
// reaches 'stream'; our client accepts it and emits 'stream'.
const http2 = require('http2');
const server = http2.createServer((req, res) => {
  res.createPushResponse({ ':path': 5 }, (err, pushRes) => {
    console.log('push cb', err);
    pushRes.stream.on('error', (e) => console.log('pushed stream error', e.code, e.message));
    pushRes.stream.on('close', () => console.log('pushed stream close', pushRes.stream.rstCode));
    pushRes.end('pushed');
    res.end('main');
  });
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('stream', () => console.log('client got the push (unexpected)'));
  const req = client.request({ ':path': '/' });
  req.resume();
  req.on('end', () => setTimeout(() => { client.close(); server.close(); }, 50));
});
