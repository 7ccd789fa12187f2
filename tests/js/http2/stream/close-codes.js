// Client stream.close(code) for several codes: the server stream's 'aborted'/'close' and rstCode,
// the client's rstCode and 'error' (only for codes other than NO_ERROR/CANCEL).
const http2 = require('http2');
const { constants } = http2;
const codes = [constants.NGHTTP2_NO_ERROR, constants.NGHTTP2_CANCEL,
  constants.NGHTTP2_INTERNAL_ERROR, constants.NGHTTP2_ENHANCE_YOUR_CALM];
const server = http2.createServer();
const log = [];
server.on('stream', (stream, headers) => {
  stream.on('aborted', () => log.push(`server ${headers['x-code']} aborted`));
  stream.on('error', (e) => log.push(`server ${headers['x-code']} error ${e.code}`));
  stream.on('close', () => log.push(`server ${headers['x-code']} close ${stream.rstCode}`));
  stream.respond();
  stream.write('partial');
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  let left = codes.length;
  for (const code of codes) {
    const req = client.request({ 'x-code': String(code) });
    req.on('response', () => req.close(code));
    req.resume();
    req.on('error', (e) => log.push(`client ${code} error ${e.code} ${e.message}`));
    req.on('close', () => {
      log.push(`client ${code} close ${req.rstCode} ${req.closed} ${req.destroyed}`);
      if (--left === 0) setTimeout(() => { client.close(); server.close(); }, 50);
    });
  }
});
server.on('close', () => console.log(log.sort().join('\n')));
