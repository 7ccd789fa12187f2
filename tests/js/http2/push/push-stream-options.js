// pushStream(headers, { exclusive, parent }, cb) is accepted; headers other than :path are sent;
// the push 'stream' event on the client session carries them; pushed stream's rstCode after end.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream) => {
  stream.respond();
  stream.pushStream({ ':path': '/p', 'x-push': 'v' }, { exclusive: false }, (err, push) => {
    push.respond({ ':status': 200 });
    push.end('p');
    push.on('close', () => console.log('server push close', push.rstCode));
    stream.end('main');
  });
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const pushes = [];
  client.on('stream', (pushed, h) => {
    pushes.push(`${h[':path']} ${h['x-push']}`);
    pushed.resume();
    pushed.on('close', () => { console.log('pushes', pushes.join(';'), pushed.rstCode); client.close(); server.close(); });
  });
  const req = client.request();
  req.resume();
});
