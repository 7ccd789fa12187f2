// connect({ settings }): the server's session sees them as remoteSettings; the client's
// localSettings reflect them once acknowledged.
const http2 = require('http2');
const server = http2.createServer();
server.on('session', (s) => {
  s.on('remoteSettings', (rs) => {
    console.log('server sees', rs.initialWindowSize, rs.maxConcurrentStreams, rs.enablePush,
      rs.headerTableSize, rs.maxFrameSize);
  });
});
server.on('stream', (stream) => { stream.respond(); stream.end(); });
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`, {
    settings: { initialWindowSize: 100000, maxConcurrentStreams: 7, enablePush: false,
      headerTableSize: 2048, maxFrameSize: 32768 },
  });
  client.on('localSettings', (ls) => {
    console.log('client local', ls.initialWindowSize, ls.maxConcurrentStreams, ls.enablePush,
      ls.headerTableSize, ls.maxFrameSize);
    const req = client.request();
    req.resume();
    req.on('end', () => { client.close(); server.close(); });
  });
});
