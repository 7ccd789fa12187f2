// createPushResponse: callback validation, pushes refused by the client, push after end, and the pushed response object.
const { serve, http2 } = require('./_h');
const server = http2.createServer((req, res) => {
  try { res.createPushResponse({ ':path': '/p' }); } catch (e) { console.log('no cb', e.name, e.code, e.message); }
  try { res.createPushResponse({ ':path': '/p' }, 'x'); } catch (e) { console.log('bad cb', e.name, e.code, e.message); }
  try {
    res.createPushResponse({ ':path': '/pushed' }, () => console.log('push cb (unexpected)'));
  } catch (e) { console.log('push disabled', e.name, e.code, e.message); }
  res.end('main');
  try {
    res.createPushResponse({ ':path': '/late' }, (err2) => console.log('late cb', err2 && err2.code));
  } catch (e) { console.log('late throw', e.name, e.code, e.message); }
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`, { settings: { enablePush: false } });
  const done = () => { client.close(); server.close(); };
  const req = client.request({ ':path': '/' });
  req.setEncoding('utf8');
  req.on('data', (d) => console.log('data', d));
  req.on('end', () => setTimeout(done, 20));
});
