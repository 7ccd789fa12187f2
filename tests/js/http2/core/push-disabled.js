// enablePush: false on the client: pushStream throws ERR_HTTP2_PUSH_DISABLED.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream) => {
  console.log('pushAllowed', stream.pushAllowed);
  try {
    stream.pushStream({ ':path': '/x' }, () => {});
  } catch (e) {
    console.log(e.code, e.message);
  }
  stream.respond({ ':status': 200 });
  stream.end();
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`, { settings: { enablePush: false } });
  client.on('remoteSettings', () => {
    const req = client.request({ ':path': '/' });
    req.resume();
    req.on('close', () => { client.close(); server.close(); });
  });
});
