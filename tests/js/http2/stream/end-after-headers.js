// endAfterHeaders: true when the HEADERS frame carried END_STREAM (GET), false for a POST with a
// body; the server stream's readable state follows.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream, headers) => {
  console.log(headers[':method'], 'endAfterHeaders', stream.endAfterHeaders);
  let n = 0;
  stream.on('data', (d) => { n += d.length; });
  stream.on('end', () => {
    console.log(headers[':method'], 'end', n);
    stream.respond();
    stream.end();
  });
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const get = client.request({ ':path': '/' });
  get.resume();
  get.on('response', () => console.log('client GET endAfterHeaders', get.endAfterHeaders));
  get.on('end', () => {
    const post = client.request({ ':method': 'POST' });
    post.end('12345');
    post.resume();
    post.on('end', () => { client.close(); server.close(); });
  });
});
