// Compatibility response errors: statusCode range, pseudo headers, invalid values, after send.
const http2 = require('http2');
function t(label, f) {
  try {
    f();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.constructor.name, e.code, e.message);
  }
}
const server = http2.createServer((req, res) => {
  req.stream.on('error', (e) => console.log('stream error', e.code));
  t('status-99', () => { res.statusCode = 99; });
  t('status-102', () => { res.statusCode = 102; });
  t('status-600', () => { res.statusCode = 600; });
  t('pseudo', () => res.setHeader(':status', 200));
  t('undefined', () => res.setHeader('x-a', undefined));
  t('name-space', () => res.setHeader('x a', 1));
  t('name-type', () => res.setHeader(5, 1));
  t('trailer-undef', () => res.setTrailer('x-t', null));
  t('get-type', () => res.getHeader(5));
  t('remove-type', () => res.removeHeader(5));
  t('writeHead-odd', () => res.writeHead(200, ['a']));
  res.end('x');
  t('set-after', () => res.setHeader('x-late', 1));
  t('append-after', () => res.appendHeader('x-late', 1));
  t('remove-after', () => res.removeHeader('x-late'));
  t('writeHead-after', () => res.writeHead(200));
  res.write('late', (err) => console.log('write cb', err && err.code));
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({ ':path': '/' });
  req.on('error', (e) => console.log('client error', e.code));
  req.resume();
  req.on('close', () => { client.close(); server.close(); });
});
