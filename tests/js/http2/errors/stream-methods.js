// ServerHttp2Stream method errors: respond twice, bad status, additionalHeaders, sendTrailers,
// priority, close, setTimeout, pushStream arguments.
const http2 = require('http2');
const server = http2.createServer();
function t(label, f) {
  try {
    const r = f();
    console.log(label, 'ok', r === undefined ? '' : typeof r);
  } catch (e) {
    console.log(label, e.constructor.name, e.code, e.message);
  }
}
server.on('stream', (stream) => {
  t('respond-headers-num', () => stream.respond(5));
  t('respond-options-num', () => stream.respond({}, 5));
  t('respond-endStream', () => stream.respond({}, { endStream: 'x' }));
  t('respond-waitForTrailers', () => stream.respond({}, { waitForTrailers: 'x' }));
  t('respond-status-str', () => stream.respond({ ':status': 'abc' }));
  t('respond-status-99', () => stream.respond({ ':status': 99 }));
  t('respond-status-600', () => stream.respond({ ':status': 600 }));
  t('respond-status-101', () => stream.respond({ ':status': 101 }));
  t('respond-method', () => stream.respond({ ':method': 'GET' }));
  t('respond-connection', () => stream.respond({ connection: 'close' }));
  t('info-200', () => stream.additionalHeaders({ ':status': 200 }));
  t('info-101', () => stream.additionalHeaders({ ':status': 101 }));
  t('info-num', () => stream.additionalHeaders(5));
  t('trailers-early', () => stream.sendTrailers({}));
  t('priority-num', () => stream.priority(5));
  t('priority-weight', () => stream.priority({ weight: 'x' }));
  t('priority-silent', () => stream.priority({ silent: 'x' }));
  t('close-str', () => stream.close('x'));
  t('close-neg', () => stream.close(-1));
  t('close-cb', () => stream.close(0, 'x'));
  t('timeout-str', () => stream.setTimeout('x'));
  t('push-no-cb', () => stream.pushStream({ ':path': '/p' }));
  t('push-options', () => stream.pushStream({ ':path': '/p' }, 5, () => {}));
  t('respond-ok', () => stream.respond({ ':status': 200 }));
  t('respond-twice', () => stream.respond({ ':status': 200 }));
  t('info-after', () => stream.additionalHeaders({ ':status': 100 }));
  t('file-after', () => stream.respondWithFile(__filename));
  t('fd-after', () => stream.respondWithFD(0));
  stream.end();
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({ ':path': '/' });
  req.on('response', (h) => console.log('status', h[':status']));
  req.resume();
  req.on('end', () => { client.close(); server.close(); });
});
