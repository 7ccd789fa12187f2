// res.end forms: end() returns res, end(cb), end(data, cb), end(Buffer), a second end(cb) after finish;
// statusCode can be set after headers went out (no effect on the wire).
const { serve, fetch } = require('./_h');
serve({}, (req, res) => {
  const p = req.url;
  if (p === '/a') console.log('a returns res', res.end() === res);
  else if (p === '/b') res.end(() => console.log('b cb', res.finished));
  else if (p === '/c') res.end('data-c', () => console.log('c cb'));
  else if (p === '/d') {
    res.writeHead(201);
    res.statusCode = 404;
    console.log('d statusCode after headers', res.statusCode);
    res.end(Buffer.from('buf-d'), () => {
      console.log('d cb');
      res.end(() => console.log('d second end cb'));
    });
  }
}, (client, done) => {
  const paths = ['/a', '/b', '/c', '/d'];
  let i = 0;
  const next = () => {
    const p = paths[i++];
    if (!p) return setTimeout(done, 30);
    fetch(client, { ':path': p }, null, (out) => { console.log(p, out.headers[':status'], JSON.stringify(out.body)); next(); });
  };
  next();
});
