// additionalHeaders(): 1xx informational headers reach the client as 'headers' before 'response';
// sentInfoHeaders on the server; flags of each event.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream) => {
  stream.additionalHeaders({ ':status': 103, link: '</a.css>; rel=preload' });
  stream.additionalHeaders({ ':status': 102 });
  console.log('sentInfoHeaders', stream.sentInfoHeaders.map((h) => h[':status']).join(','));
  stream.respond({ ':status': 200, 'x-final': 'yes' });
  console.log('sentHeaders', stream.sentHeaders[':status'], stream.sentHeaders['x-final']);
  stream.end('done');
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request();
  req.on('headers', (h, flags) => console.log('headers', h[':status'], h.link, typeof flags));
  req.on('response', (h) => console.log('response', h[':status'], h['x-final']));
  req.setEncoding('utf8');
  req.on('data', (d) => console.log('data', d));
  req.on('end', () => { client.close(); server.close(); });
});
