// session.destroy(null, code): the peer's 'goaway' gets the code; destroy(err) emits 'error'
// then 'close'; destroy twice is harmless. Each side's events are listed separately.
const http2 = require('http2');
const server = http2.createServer();
const srv = [];
const cli = [];
server.on('session', (s) => {
  s.on('goaway', (code, last, data) => srv.push(`goaway ${code} ${last} ${data && data.length}`));
  s.on('error', (e) => srv.push(`error ${e.code} ${e.message}`));
  s.on('close', () => {
    srv.push('close');
    server.close(() => console.log(cli.join('\n') + '\n--\n' + srv.join('\n')));
  });
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('connect', () => {
    client.on('close', () => cli.push('client close'));
    client.on('error', (e) => cli.push('client error ' + e.message));
    client.destroy(null, http2.constants.NGHTTP2_ENHANCE_YOUR_CALM);
    client.destroy();
    cli.push(`destroyed ${client.destroyed} ${client.closed}`);
    const c2 = http2.connect(`http://localhost:${server.address().port}`);
    c2.on('error', (e) => cli.push(`c2 error ${e.constructor.name} ${e.message}`));
    c2.on('close', () => cli.push('c2 close'));
    c2.destroy(new TypeError('boom'));
  });
});
