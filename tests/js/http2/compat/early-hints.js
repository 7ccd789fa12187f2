// writeEarlyHints: string and array links, extra headers, and the link validation errors.
const { serve, fetch } = require('./_h');
serve({}, (req, res) => {
  const t = (label, hints) => {
    try { console.log(label, res.writeEarlyHints(hints)); } catch (e) { console.log(label, e.name, e.code, e.message); }
  };
  t('string', { link: '</styles.css>; rel=preload; as=style' });
  t('array', { link: ['</a.js>; rel=preload; as=script', '</b.js>; rel=preload; as=script'], 'x-extra': 'e' });
  t('bad link', { link: 'styles.css' });
  t('bad type', { link: 5 });
  t('no link', {});
  t('not object', 'x');
  res.end('done');
}, (client, done) => {
  const req = client.request({ ':path': '/' });
  req.on('headers', (h) => console.log('info', h[':status'], JSON.stringify(h.link), h['x-extra']));
  req.on('response', (h) => console.log('response', h[':status']));
  req.setEncoding('utf8');
  req.on('data', (d) => console.log('data', d));
  req.on('end', done);
});
