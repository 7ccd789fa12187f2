// ServerHttp2Session from the 'session' event: altsvc/origin exist, the server has no
// request(); session.server is not public in v20? (printed as Node has it)
const http2 = require('http2');
const server = http2.createServer();
server.on('session', (s) => {
  console.log('altsvc', typeof s.altsvc, 'origin', typeof s.origin, 'request', typeof s.request);
  console.log('server prop', typeof s.server);
  console.log('type', s.type === http2.constants.NGHTTP2_SESSION_SERVER);
});
server.on('stream', (stream) => { stream.respond(); stream.end(); });
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  console.log('client altsvc', typeof client.altsvc, 'origin', typeof client.origin, 'request', typeof client.request);
  const req = client.request();
  req.resume();
  req.on('close', () => { client.close(); server.close(); });
});
