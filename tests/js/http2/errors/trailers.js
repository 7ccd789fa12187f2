// sendTrailers(): bad trailer headers in 'wantTrailers' (pseudo-headers, connection headers,
// invalid names), then good trailers; the client sees them.
const http2 = require('http2');
function t(label, f) {
  try {
    const r = f();
    console.log(label, 'ok', r === undefined ? '' : typeof r);
  } catch (e) {
    console.log(label, e.constructor.name, e.code, e.message);
  }
}
const server = http2.createServer();
server.on('stream', (stream) => {
  stream.respond({ ':status': 200 }, { waitForTrailers: true });
  stream.on('wantTrailers', () => {
    t('num', () => stream.sendTrailers(5));
    t('pseudo', () => stream.sendTrailers({ ':status': 200 }));
    t('path', () => stream.sendTrailers({ ':path': '/' }));
    t('connection', () => stream.sendTrailers({ connection: 'close' }));
    t('bad-name', () => stream.sendTrailers({ 'a b': '1' }));
    t('ok', () => stream.sendTrailers({ 'x-t': '1', 'x-list': ['a', 'b'] }));
    t('twice', () => stream.sendTrailers({ 'x-t': '2' }));
  });
  stream.end('body');
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({ ':path': '/' });
  req.on('trailers', (h) => console.log('trailers', JSON.stringify({ ...h })));
  req.on('error', (e) => console.log('client error', e.code));
  req.resume();
  req.on('close', () => { console.log('closed', req.rstCode); client.close(); server.close(); });
});
