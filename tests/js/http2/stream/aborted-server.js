// The client destroys its request mid-upload: the server stream gets 'aborted' then 'close',
// stream.aborted true, readable ended without 'end'.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream) => {
  const ev = [];
  stream.on('data', () => { if (!ev.includes('data')) ev.push('data'); });
  stream.on('aborted', () => ev.push('aborted ' + stream.aborted));
  stream.on('end', () => ev.push('end'));
  stream.on('error', (e) => ev.push('error ' + e.code));
  stream.on('close', () => { ev.push('close ' + stream.rstCode); console.log(ev.join(', ')); server.close(); });
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({ ':method': 'POST' });
  req.write('partial', () => setTimeout(() => { req.destroy(); client.close(); }, 30));
});
