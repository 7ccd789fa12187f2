// stream.setTimeout(ms, cb): 'timeout' on an idle stream; setTimeout(0) disables it; the
// callback is a 'timeout' listener; bad arguments.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream) => {
  stream.respond();
  setTimeout(() => stream.end('late'), 200);
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request();
  const off = client.request();
  off.setTimeout(30, () => console.log('must not fire'));
  off.setTimeout(0);
  off.resume();
  req.setTimeout(30, () => {
    console.log('timeout cb', req.listenerCount('timeout'));
  });
  try { req.setTimeout('x'); } catch (e) { console.log(e.code, e.message); }
  try { req.setTimeout(10, 'x'); } catch (e) { console.log(e.code, e.message); }
  req.resume();
  let left = 2;
  for (const r of [req, off]) r.on('close', () => { if (--left === 0) { client.close(); server.close(); } });
});
