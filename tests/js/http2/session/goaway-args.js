// ServerHttp2Session.goaway(code, lastStreamID, opaqueData): the client's 'goaway' event arguments,
// and the client stream beyond lastStreamID.
const http2 = require('http2');
const server = http2.createServer();
const closes = [];  // the two sides' close order depends on socket timing
process.on('exit', () => console.log(closes.sort().join('\n')));
let n = 0;
server.on('stream', (stream) => {
  n++;
  stream.respond();
  if (n === 1) {
    stream.end('one');
    stream.session.goaway(0, 1, Buffer.from('bye now'));
  }
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('goaway', (code, last, data) => {
    console.log('client goaway', code, last, data.toString());
  });
  client.on('close', () => { closes.push('client close'); });
  let serverSession;
  server.on('session', (s) => { serverSession = s; s.on('close', () => { closes.push('server session close'); server.close(); }); });
  const r = client.request();
  r.setEncoding('utf8');
  r.on('data', (d) => console.log('r1 data', d));
  r.on('close', () => { console.log('r1 close', r.rstCode); client.destroy(); serverSession.destroy(); });
});
