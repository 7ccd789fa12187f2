// After the peer's GOAWAY: goawayCode / goawayLastStreamID on the receiving session; before it
// they are 0; 'goaway' then 'close'.
const http2 = require('http2');
const server = http2.createServer();
let serverSession;
server.on('session', (s) => {
  serverSession = s;
  s.on('stream', (stream) => {
    stream.respond();
    stream.end('x', () => s.goaway(http2.constants.NGHTTP2_NO_ERROR, stream.id, Buffer.from('gone')));
  });
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  console.log('before', client.goawayCode, client.goawayLastStreamID);
  client.on('goaway', (code, last, data) => {
    console.log('goaway', code, last, data.toString(), '|', client.goawayCode, client.goawayLastStreamID, client.closed);
  });
  client.on('close', () => { console.log('client close'); server.close(); });
  const req = client.request();
  req.resume();
  req.on('close', () => setTimeout(() => { client.destroy(); serverSession.destroy(); }, 30));
});
