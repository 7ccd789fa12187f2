// @env NODE_NO_WARNINGS=1
// setHeader/getHeader/hasHeader/removeHeader/appendHeader argument errors.
process.on('warning', (w) => console.log('warning', w.name, w.message));
const { serve, fetch } = require('./_h');
function t(label, f) {
  try { const r = f(); console.log(label, 'ok', JSON.stringify(r)); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
serve({}, (req, res) => {
  t('set no name', () => res.setHeader());
  t('set num name', () => res.setHeader(1, 'x'));
  t('set undefined value', () => res.setHeader('x-a'));
  t('set bad name', () => res.setHeader('x a', '1'));
  t('set bad value', () => res.setHeader('x-a', 'a\nb'));
  t('set pseudo', () => res.setHeader(':path', '/'));
  t('set connection', () => res.setHeader('connection', 'close'));
  t('set keep-alive', () => res.setHeader('keep-alive', 'x'));
  t('set te trailers', () => res.setHeader('te', 'trailers'));
  t('set te gzip', () => res.setHeader('te', 'gzip'));
  t('get num', () => res.getHeader(1));
  t('has num', () => res.hasHeader(1));
  t('remove num', () => res.removeHeader(1));
  t('remove pseudo', () => res.removeHeader(':status'));
  t('append bad', () => res.appendHeader('x y', '1'));
  t('append pseudo', () => res.appendHeader(':status', '1'));
  t('get missing', () => res.getHeader('nope'));
  t('has missing', () => res.hasHeader('nope'));
  t('names', () => res.getHeaderNames());
  res.removeHeader('keep-alive');
  res.removeHeader('te');
  res.removeHeader('x-a');
  res.end();
}, (client, done) => {
  fetch(client, { ':path': '/' }, null, (out) => { console.log(out.headers[':status']); done(); });
});
