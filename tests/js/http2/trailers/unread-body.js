// A client with waitForTrailers posts a body to a server that never reads it: the response body
// still arrives and the server gets the trailers (docs examples 000-011 family).
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream) => {
  stream.on('trailers', (t) => console.log('server trailers', t['x-t']));
  stream.respond({ ':status': 200 });
  stream.end('ok');
});
server.listen(0, () => {
  const c = http2.connect(`http://localhost:${server.address().port}`);
  const r = c.request({ ':method': 'POST' }, { waitForTrailers: true });
  r.on('wantTrailers', () => { console.log('wantTrailers'); r.sendTrailers({ 'x-t': 'yes' }); });
  let body = '';
  r.on('data', (d) => { body += d; });
  r.on('close', () => { console.log('client body', body, r.rstCode); c.close(); server.close(); });
  r.end('Jane');
});
