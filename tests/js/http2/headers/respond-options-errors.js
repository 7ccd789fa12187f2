// respond() option and state errors: bad options, respond twice, respond after destroy.
const { serve } = require('./_h');
serve((stream) => {
  for (const [label, f] of [
    ['opts string', () => stream.respond({ ':status': 200 }, 'x')],
    ['endStream str', () => stream.respond({ ':status': 200 }, { endStream: 'yes' })],
    ['waitForTrailers num', () => stream.respond({ ':status': 200 }, { waitForTrailers: 1 })],
    ['headers string', () => stream.respond('x')],
  ]) {
    try { f(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.code, e.message); }
  }
  if (!stream.headersSent) stream.respond({ ':status': 200 });
  try { stream.respond({ ':status': 200 }); } catch (e) { console.log('twice', e.name, e.code, e.message); }
  stream.end();
}, (client, done) => {
  const req = client.request({ ':path': '/' });
  req.on('response', (h) => console.log('status', h[':status']));
  req.resume();
  req.on('end', done);
});
