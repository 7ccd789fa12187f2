// A request made before the session connects: pending, id undefined, then 'ready' with an id;
// stream.session and stream.state while pending.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream) => { stream.respond(); stream.end(); });
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request();
  console.log('pending', req.pending, req.id, req.session === client, JSON.stringify(req.state));
  req.on('ready', () => console.log('ready', req.pending, req.id));
  const req2 = client.request();
  req2.on('ready', () => console.log('ready2', req2.id));
  let left = 2;
  for (const r of [req, req2]) {
    r.resume();
    r.on('close', () => { if (--left === 0) { client.close(); server.close(); } });
  }
});
