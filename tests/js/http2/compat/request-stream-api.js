// The request as a Readable: setEncoding, pause/resume, for await, pipe into the response.
const { serve, fetch } = require('./_h');
serve({}, async (req, res) => {
  if (req.url === '/pipe') { req.pipe(res); return; }
  req.setEncoding('utf8');
  const parts = [];
  for await (const chunk of req) parts.push(chunk);
  console.log('for await', parts.join(''), req.complete, req.readableEnded);
  res.end(String(parts.join('').length));
}, (client, done) => {
  fetch(client, { ':path': '/iter', ':method': 'POST' }, 'x'.repeat(5000), (out) => {
    console.log('iter ->', out.body);
    fetch(client, { ':path': '/pipe', ':method': 'POST' }, 'echo me', (out2) => { console.log('pipe ->', out2.body); done(); });
  });
});
