// ServerHttp2Stream.respond / additionalHeaders / pushStream argument errors.
const http2 = require('http2');
const server = http2.createServer();
function t(label, f) {
  try {
    f();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.constructor.name, e.code, e.message);
  }
}
server.on('stream', (stream) => {
  t('status-600', () => stream.respond({ ':status': 600 }));
  t('status-99', () => stream.respond({ ':status': 99 }));
  t('pseudo', () => stream.respond({ ':path': '/' }));
  t('options', () => stream.respond({}, 5));
  t('headers', () => stream.respond(5));
  t('neverIndex', () => stream.respond({ [http2.sensitiveHeaders]: 'x' }));
  t('info-101', () => stream.additionalHeaders({ ':status': 101 }));
  t('info-200', () => stream.additionalHeaders({ ':status': 200 }));
  t('info-ok', () => stream.additionalHeaders({ ':status': 102 }));
  t('push-cb', () => stream.pushStream({}, 'x'));
  t('trailers-early', () => stream.sendTrailers({}));
  t('priority', () => stream.priority(5));
  t('close-code', () => stream.close('x'));
  t('close-neg', () => stream.close(-1));
  t('close-cb', () => stream.close(0, 'x'));
  t('fd-type', () => stream.respondWithFD('x'));
  t('fd-offset', () => stream.respondWithFD(0, {}, { offset: 'x' }));
  t('file-statcheck', () => stream.respondWithFile('/nope', {}, { statCheck: 5 }));
  t('file-length', () => stream.respondWithFile('/nope', {}, { length: '1' }));
  t('status-str', () => stream.respond({ ':status': 'abc' }, {}));
  t('respond-again', () => stream.respond({ ':status': 200 }));
  t('info-after', () => stream.additionalHeaders({ ':status': 102 }));
  t('fd-after', () => stream.respondWithFD(0));
  t('file-after', () => stream.respondWithFile('/x'));
  stream.end('done');
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({ ':path': '/' });
  req.on('headers', (h) => console.log('info headers', h[':status']));
  req.on('response', (h) => console.log('response', h[':status']));
  req.setEncoding('utf8');
  req.on('data', (d) => console.log('data', d));
  req.on('close', () => {
    client.close();
    server.close();
  });
});
