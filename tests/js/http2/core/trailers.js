// waitForTrailers + sendTrailers on the server; 'trailers' on the client.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream) => {
  stream.respond({ ':status': 200 }, { waitForTrailers: true });
  stream.on('wantTrailers', () => {
    console.log('server wantTrailers');
    stream.sendTrailers({ 'x-checksum': 'abc', 'x-count': 2 });
  });
  stream.write('one');
  stream.end('two');
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({ ':path': '/' });
  req.on('response', (h) => console.log('response', h[':status']));
  req.setEncoding('utf8');
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('trailers', (t, flags) => {
    console.log('trailers', t['x-checksum'], t['x-count'], Object.getPrototypeOf(t), flags & 1);
  });
  req.on('end', () => console.log('end', body));
  req.on('close', () => {
    client.close();
    server.close();
  });
});
