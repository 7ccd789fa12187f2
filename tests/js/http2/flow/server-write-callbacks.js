// Server write callbacks run in order and before 'finish'; 'finish' before 'close'; the client
// reads every chunk in order.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream) => {
  const order = [];
  stream.respond();
  for (let i = 0; i < 5; i++) stream.write(Buffer.alloc(20000, 48 + i), () => order.push('w' + i));
  stream.end(() => order.push('end cb'));
  stream.on('finish', () => order.push('finish'));
  stream.on('close', () => { console.log(order.join(' ')); server.close(); });
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request();
  const seen = [];
  req.on('data', (d) => { const c = String.fromCharCode(d[0]); if (seen[seen.length - 1] !== c) seen.push(c); });
  req.on('end', () => { console.log('client', seen.join('')); client.close(); });
});
