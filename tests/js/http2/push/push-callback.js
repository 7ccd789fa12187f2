// pushStream(headers, cb): cb(err, pushStream, headers); the pushed stream's id is even and its
// ':authority'/':scheme' are filled in; the client's 'stream' event on the session and 'push' on
// the pushed stream.
const http2 = require('http2');
const server = http2.createServer();
let pushedData = '';  // the order of pushed vs main DATA is the peer's scheduling: print at the end
server.on('close', () => console.log('pushed data', pushedData));
server.on('stream', (stream) => {
  stream.respond({ ':status': 200 });
  stream.pushStream({ ':path': '/style.css' }, (err, push, headers) => {
    console.log('push cb', err, push.id % 2, push.id > stream.id, headers[':path'], headers[':method'],
      headers[':scheme'], typeof headers[':authority']);
    console.log('pushed props', push.pushAllowed, stream.pushAllowed, push.headersSent);
    push.respond({ ':status': 200, 'content-type': 'text/css' });
    push.end('body{}');
    stream.end('main');
  });
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('stream', (pushed, reqHeaders, flags) => {
    console.log('client stream', reqHeaders[':path'], reqHeaders[':method'], typeof flags);
    pushed.on('push', (h) => console.log('push event', h[':status'], h['content-type']));
    pushed.setEncoding('utf8');
    pushed.on('data', (d) => { pushedData += d; });
  });
  const req = client.request();
  req.setEncoding('utf8');
  req.on('data', (d) => console.log('main data', d));
  req.on('close', () => setTimeout(() => { client.close(); server.close(); }, 50));
});
