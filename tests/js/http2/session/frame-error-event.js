// pushStream when the peer's SETTINGS already disabled push: ERR_HTTP2_PUSH_DISABLED; the
// server's 'remoteSettings' shows enablePush false; stream.pushAllowed tracks it.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream) => {
  console.log('pushAllowed', stream.pushAllowed, stream.session.remoteSettings.enablePush);
  try { stream.pushStream({ ':path': '/x' }, () => {}); } catch (e) { console.log(e.code, e.message); }
  stream.respond();
  stream.end();
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`, { settings: { enablePush: false } });
  client.on('connect', () => {
    const req = client.request();
    req.resume();
    req.on('close', () => { client.close(); server.close(); });
  });
});
