// req.socket / res.socket (the compat proxy over the stream and its session's socket): which members
// forward where, which throw ERR_HTTP2_NO_SOCKET_MANIPULATION, readable/writable, setTimeout, after close.
const { serve } = require('./_h');
serve({}, (req, res) => {
  const s = req.socket;
  console.log('same', s === res.socket, s === req.connection);
  console.log('props', typeof s.remoteAddress, typeof s.remotePort, s.encrypted, s.readable, s.writable, typeof s.destroyed);
  for (const m of ['on', 'once', 'setTimeout', 'address', 'pause', 'resume', 'read', 'write', 'setEncoding', 'end',
    'destroy', 'emit', 'ref', 'unref', 'setNoDelay', 'getPeerCertificate']) {
    try { const v = s[m]; console.log(m, typeof v); } catch (e) { console.log(m, e.code); }
  }
  try { s.setTimeout(10000, () => {}); console.log('setTimeout ok'); } catch (e) { console.log('setTimeout', e.code); }
  try { s.custom = 1; console.log('set custom', s.custom); } catch (e) { console.log('set custom', e.code); }
  try { s.write = () => {}; console.log('set write ok'); } catch (e) { console.log('set write', e.code); }
  res.end('x');
  res.on('close', () => {
    try { console.log('after close', typeof req.socket, typeof req.socket.remoteAddress); } catch (e) { console.log('after close', e.code); }
  });
}, (client, done) => {
  const req = client.request({ ':path': '/' });
  req.resume();
  req.on('close', () => setTimeout(done, 30));
});
