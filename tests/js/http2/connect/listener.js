// connect(authority, listener): the listener runs on 'connect' with (session, socket);
// connecting flag before and after; a URL object works as the authority.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream, headers) => {
  stream.respond();
  stream.end(`${headers[':scheme']} ${headers[':authority'] === `localhost:${server.address().port}`} ${headers[':path']}`);
});
server.listen(0, () => {
  const url = new URL(`http://localhost:${server.address().port}/ignored/path`);
  const client = http2.connect(url, (session, socket) => {
    console.log('listener', session === client, typeof socket, client.connecting);
  });
  console.log('connecting', client.connecting);
  client.on('connect', () => console.log('connect event'));
  const req = client.request({ ':path': '/x?y=1' });
  req.setEncoding('utf8');
  req.on('data', (d) => console.log('body', d));
  req.on('end', () => { client.close(); server.close(); });
});
