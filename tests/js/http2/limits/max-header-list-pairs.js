// maxHeaderListPairs on the server: a request with more header fields is refused with
// ENHANCE_YOUR_CALM; a request under the limit works.
const http2 = require('http2');
const server = http2.createServer({ maxHeaderListPairs: 8 });
server.on('stream', (stream, headers) => {
  console.log('server got', headers[':path']);
  stream.respond();
  stream.end();
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const small = client.request({ ':path': '/small', a: '1' });
  small.resume();
  small.on('close', () => {
    console.log('small close', small.rstCode);
    const h = { ':path': '/big' };
    for (let i = 0; i < 20; i++) h['x-h' + i] = 'v';
    const big = client.request(h);
    big.on('error', (e) => console.log('big error', e.code, e.message));
    big.resume();
    big.on('close', () => { console.log('big close', big.rstCode); client.close(); server.close(); });
  });
});
