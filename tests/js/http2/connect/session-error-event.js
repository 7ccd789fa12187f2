// A peer that speaks garbage instead of HTTP/2: the client session errors (class/code) and closes;
// its pending request errors too.
const http2 = require('http2');
const net = require('net');
const junk = net.createServer((socket) => {
  socket.on('error', () => {});
  socket.on('data', () => {});
  socket.write('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
  socket.end();
});
junk.listen(0, () => {
  const client = http2.connect(`http://localhost:${junk.address().port}`);
  const req = client.request();
  req.on('error', (e) => console.log('req error', e.code));
  client.on('error', (e) => {
    console.log('client error', e.constructor.name, e.code, e.errno, e.name, String(e));
    console.log(require('util').inspect(e).split('\n').filter((l) => !/^\s+at /.test(l)).join('|'));
  });
  client.on('close', () => { console.log('client close'); junk.close(); });
});
