// sendTrailers({}) ends with no trailers frame the client can see; sentTrailers holds what was
// sent; sendTrailers twice throws ERR_HTTP2_TRAILERS_ALREADY_SENT; trailers with flags.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream, headers) => {
  const empty = headers[':path'] === '/empty';
  stream.respond({ ':status': 200 }, { waitForTrailers: true });
  stream.on('wantTrailers', () => {
    stream.sendTrailers(empty ? {} : { 'x-sum': 'abc' });
    console.log(headers[':path'], 'sentTrailers', JSON.stringify(stream.sentTrailers));
    try { stream.sendTrailers({}); } catch (e) { console.log(e.code, e.message); }
  });
  stream.end('b');
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  let left = 2;
  for (const p of ['/empty', '/full']) {
    const req = client.request({ ':path': p });
    req.on('trailers', (t, flags) => console.log(p, 'trailers', t['x-sum'], typeof flags));
    req.resume();
    req.on('close', () => { if (--left === 0) { client.close(); server.close(); } });
  }
});
