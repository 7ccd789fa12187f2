// Http2ServerResponse / Http2ServerRequest bad input: setHeader, writeHead, statusCode,
// setTrailer, addTrailers, write after end, socket manipulation.
// @env NODE_NO_WARNINGS=1
const http2 = require('http2');
process.on('warning', (w) => console.log('warning', w.name, w.message));
function t(label, f) {
  try {
    const r = f();
    console.log(label, 'ok', r === undefined ? '' : typeof r);
  } catch (e) {
    console.log(label, e.constructor.name, e.code, e.message);
  }
}
const server = http2.createServer((req, res) => {
  t('set-bad-name', () => res.setHeader('bad name', 'x'));
  t('set-undefined', () => res.setHeader('x-a', undefined));
  t('set-pseudo', () => res.setHeader(':status', '200'));
  t('set-connection', () => res.setHeader('connection', 'close'));
  t('set-num-name', () => res.setHeader(5, 'x'));
  t('get-num', () => res.getHeader(5));
  t('has-num', () => res.hasHeader(5));
  t('remove-num', () => res.removeHeader(5));
  t('remove-pseudo', () => res.removeHeader(':status'));
  t('status-99', () => { res.statusCode = 99; });
  t('status-600', () => { res.statusCode = 600; });
  t('status-101', () => { res.statusCode = 101; });
  t('status-ok', () => { res.statusCode = 404; });
  t('msg-set', () => { res.statusMessage = 'x'; });
  t('msg-get', () => res.statusMessage);
  t('trailer-bad', () => res.setTrailer('bad name', 'x'));
  t('trailer-undef', () => res.setTrailer('x-t', undefined));
  t('addTrailers', () => res.addTrailers({ 'x-t': '1' }));
  t('socket-write', () => req.socket.write('x'));
  t('socket-pause', () => req.socket.pause());
  t('socket-setTimeout', () => typeof req.socket.setTimeout);
  t('createPushResponse-cb', () => res.createPushResponse({ ':path': '/p' }, 'x'));
  t('writeHead-bad', () => res.writeHead(1000));
  t('writeHead-ok', () => res.writeHead(201, { 'x-a': '1' }));
  t('set-after', () => res.setHeader('x-b', '1'));
  t('writeHead-again', () => res.writeHead(202));
  t('end', () => res.end('x'));
  t('write-after-end', () => res.write('y', (err) => console.log('write cb', err && err.code)));
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({ ':path': '/' });
  req.on('response', (h) => console.log('status', h[':status'], h['x-a']));
  req.on('error', (e) => console.log('client error', e.code));
  req.resume();
  req.on('close', () => { client.close(); server.close(); });
});
