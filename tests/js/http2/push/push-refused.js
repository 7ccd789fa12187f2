// The client resets a pushed stream (close(CANCEL)) as soon as it is announced: the server's
// pushed stream sees 'aborted'? no: its 'close' and rstCode; the main response is unaffected.
const http2 = require('http2');
const server = http2.createServer();
const log = [];
server.on('stream', (stream) => {
  stream.respond();
  stream.pushStream({ ':path': '/p' }, (err, push) => {
    push.on('close', () => log.push(`server push close ${push.rstCode}`));
    push.on('error', (e) => log.push(`server push error ${e.code}`));
    push.respond();
    setTimeout(() => { push.end('never read'); stream.end('main'); }, 50);
  });
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('stream', (pushed) => {
    pushed.close(http2.constants.NGHTTP2_CANCEL);
    pushed.on('close', () => log.push(`client push close ${pushed.rstCode}`));
  });
  const req = client.request();
  req.setEncoding('utf8');
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => log.push('main ' + body));
  req.on('close', () => setTimeout(() => {
    client.close(); server.close(() => console.log(log.sort().join('\n')));
  }, 50));
});
