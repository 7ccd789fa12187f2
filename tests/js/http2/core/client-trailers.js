// A client request with waitForTrailers: the server reads the body, then 'trailers'.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream) => {
  let body = '';
  stream.setEncoding('utf8');
  stream.on('data', (d) => { body += d; });
  stream.on('trailers', (t) => console.log('server trailers', t['x-sum']));
  stream.on('end', () => {
    console.log('server body', body);
    stream.respond({ ':status': 200 });
    stream.end();
  });
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({ ':method': 'POST', ':path': '/' }, { waitForTrailers: true });
  req.on('wantTrailers', () => {
    console.log('client wantTrailers');
    req.sendTrailers({ 'x-sum': '42' });
  });
  req.on('response', (h) => console.log('response', h[':status']));
  req.resume();
  req.on('close', () => { client.close(); server.close(); });
  req.end('abc');
});
