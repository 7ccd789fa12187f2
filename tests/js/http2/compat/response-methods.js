// Http2ServerResponse header helpers, writeContinue, flushHeaders, finished/writableEnded, and
// request trailers.
const http2 = require('http2');
const server = http2.createServer((req, res) => {
  res.setHeader('X-A', '1');
  res.setHeader('X-List', ['a', 'b']);
  res.appendHeader && console.log('appendHeader', typeof res.appendHeader);
  console.log('headers', JSON.stringify(res.getHeaders()), res.getHeaderNames(), res.hasHeader('x-a'));
  res.removeHeader('x-a');
  console.log('after remove', res.getHeaderNames(), res.getHeader('x-a'));
  console.log('writeContinue', res.writeContinue());
  console.log('state', res.finished, res.writableEnded, res.headersSent, res.sendDate, res.statusCode);
  res.sendDate = false;
  req.on('data', () => {});
  req.on('end', () => {
    console.log('trailers', JSON.stringify(req.trailers), req.rawTrailers, req.complete);
    res.flushHeaders();
    console.log('flushed', res.headersSent);
    res.end('done', () => console.log('end cb', res.finished, res.writableEnded, res.writableFinished));
  });
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({ ':path': '/', ':method': 'POST' }, { waitForTrailers: true });
  req.on('wantTrailers', () => req.sendTrailers({ 'x-trailer': 'yes' }));
  req.end('body');
  req.on('response', (h) => console.log('status', h[':status'], h['x-list'], 'date' in h));
  req.setEncoding('utf8');
  req.on('data', (d) => console.log('data', d));
  req.on('end', () => { client.close(); server.close(); });
});
