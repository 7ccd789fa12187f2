// sendTrailers argument errors inside 'wantTrailers': not an object, pseudo-headers, a
// connection-specific header; a valid call afterwards still works.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream) => {
  stream.respond({}, { waitForTrailers: true });
  stream.on('wantTrailers', () => {
    for (const [label, t] of [['string', 'x'], ['null', null], ['pseudo', { ':status': 200 }],
      ['connection', { connection: 'close' }], ['te', { te: 'gzip' }]]) {
      try { stream.sendTrailers(t); console.log(label, 'ok'); } catch (e) {
        console.log(label, e.constructor.name, e.code, e.message);
      }
    }
    stream.sendTrailers({ 'x-ok': '1' });
  });
  stream.end('b');
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request();
  req.on('trailers', (t) => console.log('client trailers', t['x-ok']));
  req.resume();
  req.on('close', () => { client.close(); server.close(); });
});
