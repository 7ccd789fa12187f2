// Compat calls made after the response ended: createPushResponse, writeEarlyHints, addTrailers,
// setTimeout, writeContinue, flushHeaders; and a non-object addTrailers argument.
// @env NODE_NO_WARNINGS=1
process.on('warning', (w) => console.log('warning', w.name, w.message));
const { serve } = require('./_h');
const t = (label, f) => {
  try { const r = f(); console.log(label, 'ok', typeof r === 'object' && r !== null ? r.constructor.name : r); } catch (e) { console.log(label, e.name, e.code, e.message); }
};
serve({}, (req, res) => {
  t('addTrailers string', () => res.addTrailers('x'));
  res.end('done');
  t('push after end', () => res.createPushResponse({ ':path': '/late' }, (err, pushRes) => {
    console.log('push cb', err && err.code);
    pushRes.end('pushed');
  }));
  t('earlyHints after end', () => res.writeEarlyHints({ link: '</a>; rel=preload' }));
  t('addTrailers after end', () => res.addTrailers({ 'x-late': '1' }));
  t('setTimeout after end', () => res.setTimeout(10));
  t('writeContinue after end', () => res.writeContinue());
  t('flushHeaders after end', () => res.flushHeaders());
}, (client, done) => {
  client.on('stream', (pushed, h) => { console.log('client push', h[':path']); pushed.resume(); });
  const req = client.request({ ':path': '/' });
  req.on('trailers', (tr) => console.log('client trailers', JSON.stringify(tr)));
  req.resume();
  req.on('close', () => setTimeout(done, 100));
});
