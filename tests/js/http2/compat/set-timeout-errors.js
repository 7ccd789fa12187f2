// setTimeout argument errors on request and response.
const { serve, fetch } = require('./_h');
serve({}, (req, res) => {
  for (const [label, f] of [
    ['req str', () => req.setTimeout('10')],
    ['req neg', () => req.setTimeout(-1)],
    ['req cb', () => req.setTimeout(10, 'x')],
    ['res str', () => res.setTimeout('10')],
    ['res cb', () => res.setTimeout(10, 5)],
    ['res zero', () => res.setTimeout(0)],
  ]) {
    try { const r = f(); console.log(label, 'ok', r === req || r === res); } catch (e) { console.log(label, e.name, e.code, e.message); }
  }
  res.end();
}, (client, done) => {
  fetch(client, { ':path': '/' }, null, () => done());
});
