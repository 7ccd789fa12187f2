// Http2Stream methods after the stream closed: Node's errors (or silent no-ops).
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
  stream.respond({ ':status': 200 });
  stream.end('x');
  stream.on('close', () => {
    console.log('server closed', stream.closed, stream.destroyed, stream.rstCode, stream.state === undefined ? 'no state' : typeof stream.state);
    t('respond', () => stream.respond({}));
    t('additionalHeaders', () => stream.additionalHeaders({ ':status': 100 }));
    t('pushStream', () => stream.pushStream({ ':path': '/' }, () => {}));
    t('respondWithFile', () => stream.respondWithFile(__filename));
    t('respondWithFD', () => stream.respondWithFD(0));
    t('sendTrailers', () => stream.sendTrailers({}));
    t('priority', () => stream.priority({}));
    t('close', () => stream.close());
    t('setTimeout', () => stream.setTimeout(10));
    console.log('pushAllowed', stream.pushAllowed, 'headersSent', stream.headersSent, 'aborted', stream.aborted);
  });
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({ ':path': '/' });
  req.resume();
  req.on('close', () => {
    console.log('client closed', req.closed, req.destroyed, req.rstCode, req.pending, typeof req.id);
    t('c-priority', () => req.priority({}));
    t('c-close', () => req.close());
    t('c-sendTrailers', () => req.sendTrailers({}));
    t('c-setTimeout', () => req.setTimeout(10));
    setTimeout(() => { client.close(); server.close(); }, 10);
  });
});
