// A server with settings.maxHeaderListSize 1000: a request whose headers exceed it is refused
// (the client stream errors), a small one on the same session works.
const http2 = require('http2');
const server = http2.createServer({ settings: { maxHeaderListSize: 1000 } });
server.on('stream', (stream, headers) => {
  console.log('server got', headers[':path']);
  stream.respond();
  stream.end();
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('remoteSettings', (s) => {
    console.log('client sees maxHeaderListSize', s.maxHeaderListSize);
    const big = client.request({ ':path': '/big', 'x-big': 'v'.repeat(2000) });
    big.on('error', (e) => console.log('big error', e.code, e.message));
    big.resume();
    big.on('close', () => {
      console.log('big close', big.rstCode);
      const small = client.request({ ':path': '/small' });
      small.resume();
      small.on('close', () => { console.log('small close', small.rstCode); client.close(); server.close(); });
    });
  });
});
