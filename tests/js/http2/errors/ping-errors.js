// session.ping() argument errors and payload echo.
const http2 = require('http2');
const server = http2.createServer();
function t(label, f) {
  try {
    console.log(label, 'ok', f());
  } catch (e) {
    console.log(label, e.constructor.name, e.code, e.message);
  }
}
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('connect', () => {
    t('no-cb', () => client.ping());
    t('bad-cb', () => client.ping(Buffer.alloc(8), 'x'));
    t('short', () => client.ping(Buffer.alloc(7), () => {}));
    t('long', () => client.ping(Buffer.alloc(9), () => {}));
    t('string', () => client.ping('abcdefgh', () => {}));
    t('number', () => client.ping(5, () => {}));
    t('typed', () => client.ping(new Uint8Array(8), (err, d, p) => console.log('typed ack', err, p.length)));
    t('echo', () => client.ping(Buffer.from('abcdefgh'), (err, d, p) => {
      console.log('echo ack', err, typeof d, p.toString());
      client.close();
      server.close();
    }));
  });
});
