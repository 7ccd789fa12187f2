// req.headers / req.rawHeaders: null prototype, lower-cased, duplicates joined, cookie joined with '; '.
const { serve, fetch } = require('./_h');
serve({}, (req, res) => {
  const h = req.headers;
  console.log(Object.getPrototypeOf(h), h['x-dup'], h.cookie, JSON.stringify(h['set-cookie']), h['x-upper']);
  const raw = req.rawHeaders.filter((v, i) => i % 2 === 0 ? !v.startsWith(':') && v !== 'user-agent' : true);
  console.log(req.rawHeaders.length % 2, req.rawHeaders.filter((v, i) => i % 2 === 0));
  res.end();
}, (client, done) => {
  fetch(client, {
    ':path': '/', 'X-Upper': 'V', 'x-dup': ['1', '2'], cookie: ['a=1', 'b=2'], 'set-cookie': ['s=1', 's=2'],
  }, null, () => done());
});
