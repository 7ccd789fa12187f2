// res.createPushResponse from the compatibility API.
const http2 = require('http2');
const server = http2.createServer((req, res) => {
  if (req.url !== '/') return;
  res.createPushResponse({ ':path': '/pushed' }, (err, pushRes) => {
    console.log('push cb', err, pushRes instanceof http2.Http2ServerResponse);
    pushRes.setHeader('x-pushed', 'yes');
    pushRes.end('pushed body');
    res.end('main body');
  });
  try {
    res.createPushResponse({}, 'x');
  } catch (e) {
    console.log(e.code);
  }
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const log = [];
  let left = 2;
  const done = () => { if (--left === 0) { console.log(log.sort().join('\n')); client.close(); server.close(); } };
  client.on('stream', (push, headers) => {
    log.push(`pushed ${headers[':path']}`);
    push.on('push', (h) => log.push(`push headers ${h[':status']} ${h['x-pushed']}`));
    push.setEncoding('utf8');
    push.on('data', (d) => log.push(`push data ${d}`));
    push.on('end', done);
  });
  const req = client.request({ ':path': '/' });
  req.setEncoding('utf8');
  req.on('data', (d) => log.push(`data ${d}`));
  req.on('end', done);
});
