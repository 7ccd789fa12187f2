// stream.state.state uses nghttp2's stream states (2 open, 5 half-closed local, 6 half-closed
// remote, 7 closed): an upload in progress on both sides, then after the client ends. (The
// server side at its 'end' event still shows 2 in node, which delivers events before nghttp2
// applies END_STREAM: docs/engine-requests.md item 14, not matched.) The client's part waits for
// a PING the server sends after printing, so the order does not depend on timer races.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream) => {
  setTimeout(() => {
    console.log('server open', stream.state.state);
    stream.session.ping(() => {});
  }, 50);
  stream.on('data', () => {});
  stream.on('end', () => {
    stream.respond({ ':status': 200 });
    stream.end('ok');
  });
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({ ':method': 'POST', ':path': '/' });
  req.write('part');
  client.once('ping', () => {
    console.log('client open', req.state.state);
    req.end();
    setImmediate(() => console.log('client after end', req.state.state));
  });
  req.resume();
  req.on('close', () => { console.log('client closed', req.state.state === undefined ? 'gone' : req.state.state); client.close(); server.close(); });
});
