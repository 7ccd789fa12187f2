// node http2 server for tests/http2/test_engine_requests.py: prints "listening on PORT".
// /info: 100 and 103 informational responses before 200; /id: the stream id as the body.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream, headers) => {
  const path = headers[':path'];
  if (path === '/info') {
    stream.additionalHeaders({ ':status': 100 });
    stream.additionalHeaders({ ':status': 103, link: '</a.css>; rel=preload' });
    stream.respond({ ':status': 200 });
    stream.end('after info');
    return;
  }
  if (path === '/id') { stream.respond({ ':status': 200 }); stream.end(String(stream.id)); return; }
  stream.respond({ ':status': 404 });
  stream.end();
});
server.listen(0, '127.0.0.1', () => console.log('listening on ' + server.address().port));
