// Plain-text sessions: originSet is undefined, encrypted false, alpnProtocol 'h2c'; the server
// session's socket reports the right family.
const http2 = require('http2');
const server = http2.createServer();
server.on('session', (s) => {
  console.log('server', s.encrypted, s.alpnProtocol, typeof s.originSet, s.socket.remoteFamily);
});
server.on('stream', (stream) => { stream.respond(); stream.end(); });
server.listen(0, '127.0.0.1', () => {
  const client = http2.connect(`http://127.0.0.1:${server.address().port}`);
  console.log('before connect', client.encrypted, client.alpnProtocol, typeof client.originSet);
  client.on('connect', () => {
    console.log('client', client.encrypted, client.alpnProtocol, typeof client.originSet);
    const req = client.request();
    req.resume();
    req.on('close', () => { client.close(); server.close(); });
  });
});
