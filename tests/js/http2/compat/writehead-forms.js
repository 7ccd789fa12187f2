// @env NODE_NO_WARNINGS=1
// writeHead(status), (status, msg, headers), (status, headers array), chaining, and merging with setHeader.
process.on('warning', (w) => console.log('warning', w.name, w.message));
const { serve, fetch, pick } = require('./_h');
let n = 0;
serve({}, (req, res) => {
  const which = req.url;
  res.setHeader('x-set', 'from-set');
  let r;
  if (which === '/a') r = res.writeHead(201);
  else if (which === '/b') r = res.writeHead(202, 'ignored message', { 'x-head': 'h', 'X-Set': 'over' });
  else if (which === '/c') r = res.writeHead(203, ['x-arr', 'v1', 'x-arr2', 'v2']);
  else r = res.writeHead(204, { 'x-multi': ['m1', 'm2'] });
  console.log(which, 'returns res', r === res, 'headersSent', res.headersSent, res.statusCode);
  res.end();
}, (client, done) => {
  const paths = ['/a', '/b', '/c', '/d'];
  const next = () => {
    const p = paths[n++];
    if (!p) return done();
    fetch(client, { ':path': p }, null, (out) => {
      console.log(p, pick(out.headers, [':status', 'x-set', 'x-head', 'x-arr', 'x-arr2', 'x-multi']));
      next();
    });
  };
  next();
});
