// session.socket proxy: which members forward to the socket, which to the session (setTimeout),
// which throw ERR_HTTP2_NO_SOCKET_MANIPULATION, and setting properties.
const http2 = require('http2');
const server = http2.createServer();
server.on('session', (session) => {
  const s = session.socket;
  console.log('server', typeof s.remoteAddress, typeof s.remotePort, s.readable === undefined, typeof s.address);
  for (const m of ['on', 'once', 'removeListener', 'setTimeout', 'ref', 'unref', 'address', 'getPeerCertificate']) {
    console.log(m, typeof s[m]);
  }
  try { s.setTimeout(1000, () => {}); console.log('setTimeout ok', session.timeout === undefined); } catch (e) { console.log('setTimeout', e.code); }
  try { s.pipe; console.log('pipe get ok'); } catch (e) { console.log('pipe', e.code); }
  try { s.unpipe(); } catch (e) { console.log('unpipe', e.code); }
  try { s.destroy = 1; } catch (e) { console.log('set destroy', e.code); }
  s.custom = 'v';
  console.log('custom', s.custom, 'custom' in s);
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('connect', () => {
    const req = client.request({ ':path': '/' });
    req.on('close', () => { client.close(); server.close(); });
    req.resume();
  });
  server.on('stream', (st) => { st.respond(); st.end(); });
});
