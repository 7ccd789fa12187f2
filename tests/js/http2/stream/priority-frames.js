// stream.priority() sends a PRIORITY frame (weight clamped to 256) and the receiver emits
// 'priority' (id, parent, weight, exclusive): on the session when the stream is not open there
// yet (the client's frames go out before its request's HEADERS), on the stream once it is.
// Neither side's stream.state.weight changes (it stays 16).
const http2 = require('http2');
const server = http2.createServer();
server.on('session', (s) => s.on('priority', (...a) => console.log('server session priority', ...a)));
server.on('stream', (stream, headers) => {
  console.log('server stream', headers[':path'], stream.state.weight);
  stream.on('priority', (...a) => {
    console.log('server stream priority', ...a);
    stream.end('done');
  });
  stream.priority({ weight: 99, parent: 0, exclusive: false });
  stream.respond();
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('priority', (...a) => console.log('client session priority', ...a));
  const req = client.request({ ':path': '/p' });
  req.on('ready', () => {
    req.priority({ weight: 300 });
    req.priority({ weight: 42, exclusive: true });
    req.priority({ weight: 7, parent: 3, exclusive: false, silent: false });
  });
  req.on('priority', (...a) => console.log('client stream priority', ...a));
  req.on('response', () => {
    console.log('response', req.state.weight);
    req.priority({ weight: 5, parent: 0, exclusive: true });
  });
  req.setEncoding('utf8');
  req.on('data', (d) => console.log('data', d));
  req.on('end', () => { client.close(); server.close(); });
});
