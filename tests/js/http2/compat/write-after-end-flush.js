// ENGINE (docs/engine-requests.md, reset flushes queued data): Node sends the "x" queued by end() before the RST_STREAM.
// write/end errors: null chunk, write after end (ERR_STREAM_WRITE_AFTER_END via callback/'error'), end twice.
const { serve, fetch } = require('./_h');
serve({}, (req, res) => {
  for (const c of [null]) {
    try { res.write(c); console.log('no throw'); } catch (e) { console.log('write', e.name, e.code, e.message); }
  }
  res.on('error', (e) => console.log('res error event', e.code));
  res.end('x');
  console.log('end again returns res', res.end() === res);
  const r = res.write('late', (err) => console.log('write cb', err && err.name, err && err.code, err && err.message));
  console.log('late write returns', r);
}, (client, done) => {
  const req = client.request({ ':path': '/' });
  req.setEncoding('utf8');
  req.on('data', (d) => console.log('client data', d));
  req.on('error', (e) => console.log('client error', e.code, e.message));
  req.on('close', () => { console.log('client close', req.rstCode); setTimeout(done, 30); });
});
