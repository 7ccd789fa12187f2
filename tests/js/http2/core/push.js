// Server push: pushStream on the server, the client's 'stream' and 'push' events.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream, headers) => {
  if (headers[':path'] !== '/') return;
  console.log('pushAllowed', stream.pushAllowed);
  stream.pushStream({ ':path': '/style.css' }, (err, push, pushHeaders) => {
    console.log('push cb', err, push.id % 2 === 0, pushHeaders[':path'], pushHeaders[':method']);
    push.respond({ ':status': 200, 'content-type': 'text/css' });
    push.end('body{}');
    stream.respond({ ':status': 200 });
    stream.end('index');
  });
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  let left = 2;
  const log = [];
  // the two streams' frames interleave by scheduling: print their events sorted
  const done = () => { if (--left === 0) { console.log(log.sort().join('\n')); client.close(); server.close(); } };
  client.on('stream', (push, headers) => {
    console.log('client stream', headers[':path'], headers[':authority'] !== undefined);
    push.on('push', (h) => log.push(`push response ${h[':status']} ${h['content-type']}`));
    push.setEncoding('utf8');
    push.on('data', (d) => log.push(`push data ${d}`));
    push.on('end', done);
  });
  const req = client.request({ ':path': '/' });
  req.setEncoding('utf8');
  req.on('data', (d) => log.push(`data ${d}`));
  req.on('end', done);
});
