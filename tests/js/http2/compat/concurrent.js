// Several concurrent compat requests on one session: each response matches its request.
const { serve } = require('./_h');
serve({}, (req, res) => {
  setTimeout(() => res.end(`reply to ${req.url}`), 10 * (5 - Number(req.url.slice(2))));
}, (client, done) => {
  const out = [];
  let left = 5;
  for (let i = 0; i < 5; i++) {
    const req = client.request({ ':path': `/r${i}` });
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d) => { body += d; });
    req.on('end', () => {
      out.push(`/r${i} -> ${body}`);
      if (--left === 0) { console.log(out.sort().join('\n')); done(); }
    });
  }
});
