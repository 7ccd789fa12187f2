// pushStream() errors: bad headers/options, push from a pushed stream (nested), and push when the
// client disabled it.
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
server.on('stream', (stream, headers) => {
  if (headers[':path'] === '/nopush') {
    console.log('pushAllowed', stream.pushAllowed);
    t('disabled', () => stream.pushStream({ ':path': '/x' }, () => {}));
    stream.respond();
    stream.end();
    return;
  }
  t('headers-num', () => stream.pushStream(5, () => {}));
  t('connection', () => stream.pushStream({ connection: 'x' }, () => {}));
  stream.pushStream({ ':path': '/pushed' }, (err, push) => {
    console.log('pushed', err, typeof push.id);
    t('nested', () => push.pushStream({ ':path': '/n' }, () => {}));
    push.respond({ ':status': 200 });
    push.end('p');
    stream.respond();
    stream.end();
  });
});
server.listen(0, () => {
  const url = `http://localhost:${server.address().port}`;
  const client = http2.connect(url);
  client.on('stream', (push, h) => { console.log('client push', h[':path']); push.resume(); });
  const req = client.request({ ':path': '/' });
  req.resume();
  req.on('end', () => {
    client.close();
    const c2 = http2.connect(url, { settings: { enablePush: false } });
    const r2 = c2.request({ ':path': '/nopush' });
    r2.resume();
    r2.on('end', () => { c2.close(); server.close(); });
  });
});
