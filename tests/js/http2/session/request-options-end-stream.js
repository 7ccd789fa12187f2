// request() options: endStream true on a POST sends no body (the server gets 'end' at once);
// waitForTrailers with endStream; exclusive/parent accepted.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream, headers) => {
  let n = 0;
  stream.on('data', (d) => { n += d.length; });
  stream.on('trailers', (t) => console.log(headers[':path'], 'trailers', t['x-t']));
  stream.on('end', () => {
    console.log(headers[':path'], 'endAfterHeaders', stream.endAfterHeaders, 'bytes', n);
    stream.respond();
    stream.end();
  });
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const a = client.request({ ':method': 'POST', ':path': '/a' }, { endStream: true });
  console.log('a writable', a.writable);
  a.resume();
  a.on('close', () => {
    const b = client.request({ ':method': 'POST', ':path': '/b' }, { endStream: true, waitForTrailers: true });
    b.on('wantTrailers', () => b.sendTrailers({ 'x-t': 'tt' }));
    b.resume();
    b.on('close', () => { client.close(); server.close(); });
  });
});
