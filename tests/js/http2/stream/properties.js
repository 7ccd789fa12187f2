// Http2Stream properties through a request's life.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream, headers) => {
  console.log('server', stream.id, stream.pending, stream.headersSent, stream.sentHeaders);
  console.log('server', stream.session.type, stream.endAfterHeaders, stream.headRequest, stream.pushAllowed);
  stream.respond({ ':status': 200, 'x-a': 'b' });
  console.log('server sentHeaders', stream.sentHeaders[':status'], stream.sentHeaders['x-a'], typeof stream.sentHeaders.date);
  console.log('server state', JSON.stringify(Object.keys(stream.state)));
  stream.end();
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({ ':path': '/p', 'x-q': '1' });
  console.log('client', req.id, req.pending, req.headersSent, req.sentHeaders[':path'], req.sentHeaders[':method']);
  req.on('ready', () => console.log('ready', req.id, req.pending));
  req.on('response', () => console.log('response', req.aborted, req.closed, req.destroyed, req.rstCode));
  req.resume();
  req.on('close', () => {
    console.log('closed', req.closed, req.destroyed, req.rstCode, req.session === undefined);
    client.close();
    server.close();
  });
});
