// res.destroy(): the stream is reset; server req/res close; the client stream errors with INTERNAL_ERROR
// (destroy(err)) or closes with CANCEL (destroy()).
const { serve } = require('./_h');
const server = [];
serve({}, (req, res) => {
  const l = (s) => server.push(`${req.url} ${s}`);
  res.on('close', () => l('res close'));
  req.on('close', () => l('req close'));
  res.on('error', (e) => l('res error ' + e.message));
  res.write('x');
  setTimeout(() => (req.url === '/err' ? res.destroy(new Error('boom')) : res.destroy()), 10);
}, (client, done) => {
  let left = 2;
  for (const p of ['/err', '/plain']) {
    const req = client.request({ ':path': p });
    req.on('error', (e) => console.log(p, 'client error', e.code));
    req.resume();
    req.on('close', () => {
      console.log(p, 'client close', req.rstCode);
      if (--left === 0) setTimeout(() => { console.log(server.sort().join('\n')); done(); }, 30);
    });
  }
});
