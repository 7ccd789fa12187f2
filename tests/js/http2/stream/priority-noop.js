// stream.priority() with valid options: no throw, no effect on the exchange; request options
// weight/parent/exclusive accepted; stream.state.weight stays a number.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream) => {
  stream.priority({ weight: 32, parent: 0, exclusive: false, silent: true });
  stream.respond();
  stream.end('ok');
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({ ':path': '/' }, { weight: 200, exclusive: true, parent: 0 });
  req.priority({ weight: 1 });
  req.setEncoding('utf8');
  req.on('data', (d) => console.log('data', d, typeof req.state.weight));
  req.on('close', () => { client.close(); server.close(); });
});
