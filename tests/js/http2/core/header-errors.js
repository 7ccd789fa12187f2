// Invalid header names/values in respond() and request().
const http2 = require('http2');
function t(label, f) {
  try {
    f();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.constructor.name, e.code, e.message);
  }
}
const server = http2.createServer();
server.on('stream', (stream) => {
  t('space', () => stream.respond({ 'x y': '1' }));
  t('connection', () => stream.respond({ connection: 'keep-alive' }));
  t('te', () => stream.respond({ te: 'gzip' }));
  t('single', () => stream.respond({ 'content-length': ['1', '2'] }));
  t('dup-case', () => stream.respond({ 'Content-Type': 'a', 'content-type': 'b' }));
  t('ok', () => stream.respond({ ':status': 200, te: 'trailers' }));
  stream.end();
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  t('req-upgrade', () => client.request({ upgrade: 'h2c' }));
  const req = client.request({ ':path': '/' });
  req.on('response', (h) => console.log('response', h[':status']));
  req.resume();
  req.on('close', () => { client.close(); server.close(); });
});
