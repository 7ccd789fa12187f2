// respondWithFile / respondWithFD option errors and missing files.
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
let n = 0;
server.on('stream', (stream, headers) => {
  const p = headers[':path'];
  if (p === '/args') {
    t('file-headers', () => stream.respondWithFile(__filename, 5));
    t('file-options', () => stream.respondWithFile(__filename, {}, 5));
    t('file-offset', () => stream.respondWithFile(__filename, {}, { offset: 'x' }));
    t('file-length', () => stream.respondWithFile(__filename, {}, { length: 'x' }));
    t('file-statCheck', () => stream.respondWithFile(__filename, {}, { statCheck: 1 }));
    t('file-onError', () => stream.respondWithFile(__filename, {}, { onError: 1 }));
    t('file-204', () => stream.respondWithFile(__filename, { ':status': 204 }));
    t('file-304', () => stream.respondWithFile(__filename, { ':status': 304 }));
    t('fd-str', () => stream.respondWithFD('x'));
    t('fd-options', () => stream.respondWithFD(0, {}, 5));
    stream.respond({ ':status': 200 });
    stream.end();
  } else if (p === '/missing') {
    stream.respondWithFile('/nonexistent/file', {}, {
      onError(err) { console.log('onError', err.code, err.syscall); stream.respond({ ':status': 404 }); stream.end(); },
    });
  } else if (p === '/dir') {
    stream.on('error', (err) => console.log('stream error', err.code, err.message));
    stream.respondWithFile(__dirname);
  } else {
    stream.respondWithFile(__filename, {}, {
      statCheck(stat, h) { console.log('statCheck', stat.isFile()); return false; },
    });
    console.log('sent', stream.headersSent);
    stream.respond({ ':status': 200 });
    stream.end('after statCheck');
  }
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const paths = ['/args', '/missing', '/dir', '/stat'];
  const next = () => {
    const p = paths.shift();
    if (!p) { client.close(); server.close(); return; }
    const req = client.request({ ':path': p });
    req.on('response', (h) => console.log(p, 'status', h[':status']));
    req.on('error', (e) => console.log(p, 'client error', e.code));
    req.setEncoding('utf8');
    let body = '';
    req.on('data', (d) => { body += d; });
    req.on('close', () => { console.log(p, 'body', JSON.stringify(body), req.rstCode); next(); });
  };
  next();
});
