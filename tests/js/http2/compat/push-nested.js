// createPushResponse from a pushed response: the callback gets ERR_HTTP2_NESTED_PUSH; headers type
// errors throw synchronously (a bad :path: _push-invalid-path.js).
const { http2 } = require('./_h');
const server = http2.createServer((req, res) => {
  try { res.createPushResponse('x', () => {}); } catch (e) { console.log('bad headers', e.name, e.code, e.message); }
  res.createPushResponse({ ':path': '/p1' }, (err, pushRes) => {
    console.log('first', err);
    try {
      pushRes.createPushResponse({ ':path': '/p2' }, (err2) => console.log('nested cb', err2 && err2.code));
    } catch (e) { console.log('nested throw', e.name, e.code, e.message); }
    pushRes.end('pushed');
    res.end('main');
  });
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  let left = 2;
  const fin = () => { if (--left === 0) { client.close(); server.close(); } };
  client.on('stream', (s) => { s.resume(); s.on('end', fin); });
  const req = client.request({ ':path': '/' });
  req.resume();
  req.on('end', fin);
});
