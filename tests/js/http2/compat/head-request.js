// HEAD through the compat API: res.end(body) sends headers only; the client gets no DATA.
const { serve } = require('./_h');
serve({}, (req, res) => {
  console.log(req.method);
  res.setHeader('content-type', 'text/plain');
  console.log('write', res.write('ignored'));
  res.end('also ignored');
}, (client, done) => {
  const req = client.request({ ':path': '/', ':method': 'HEAD' });
  req.on('response', (h) => console.log('status', h[':status'], h['content-type']));
  req.on('data', (d) => console.log('data (unexpected)', String(d)));
  req.on('end', () => { console.log('end', req.endAfterHeaders); done(); });
});
