// stream.destroy(err) on the server: 'error' then 'close' there; the client sees RST_STREAM
// INTERNAL_ERROR as ERR_HTTP2_STREAM_ERROR. destroy() without an error sends CANCEL.
const http2 = require('http2');
const server = http2.createServer();
const log = [];
server.on('stream', (stream, headers) => {
  const tag = headers[':path'];
  stream.on('error', (e) => log.push(`server ${tag} error ${e.message}`));
  stream.on('close', () => log.push(`server ${tag} close ${stream.rstCode} ${stream.destroyed}`));
  stream.respond();
  stream.write('x', () => {
    if (tag === '/err') stream.destroy(new Error('kaput'));
    else stream.destroy();
  });
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  let left = 2;
  for (const p of ['/err', '/plain']) {
    const req = client.request({ ':path': p });
    req.resume();
    req.on('error', (e) => log.push(`client ${p} error ${e.code} ${e.message}`));
    req.on('close', () => {
      log.push(`client ${p} close ${req.rstCode}`);
      if (--left === 0) { client.close(); server.close(() => console.log(log.sort().join('\n'))); }
    });
  }
});
