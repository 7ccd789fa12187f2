// maxSessionMemory validation (number >= 1) on createServer and connect; a generous limit lets
// normal traffic through.
const http2 = require('http2');
for (const v of ['x', 0, -1]) {
  try { http2.createServer({ maxSessionMemory: v }); console.log('server', v, 'ok'); } catch (e) {
    console.log('server', v, e.constructor.name, e.code, e.message);
  }
}
const server = http2.createServer({ maxSessionMemory: 20 });
server.on('stream', (stream) => { stream.respond(); stream.end('fine'); });
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`, { maxSessionMemory: 20 });
  const req = client.request();
  req.setEncoding('utf8');
  req.on('data', (d) => console.log('data', d));
  req.on('close', () => { client.close(); server.close(); });
});
