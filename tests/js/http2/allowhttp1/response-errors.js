// HTTP/1 response argument and state errors through an allowHTTP1 server: bad status codes, bad header
// names/values, setHeader after the head went out, write after end; setTimeout returns res.
const { server, h1 } = require('./_h');
const t = (label, f) => {
  try { const r = f(); console.log(label, 'ok', typeof r); } catch (e) { console.log(label, e.name, e.code, e.message); }
};
const srv = server({}, (req, res) => {
  t('setTimeout', () => res.setTimeout(1000));
  t('setHeader bad name', () => res.setHeader('x y', '1'));
  t('setHeader bad value', () => res.setHeader('x-y', 'a\nb'));
  t('setHeader undefined', () => res.setHeader('x-y', undefined));
  t('getHeader num', () => res.getHeader(5));
  t('writeHead 99', () => res.writeHead(99));
  t('writeHead 1000', () => res.writeHead(1000));
  res.writeHead(200, { 'content-type': 'text/plain' });
  t('setHeader after', () => res.setHeader('x-late', '1'));
  t('writeHead again', () => res.writeHead(201));
  res.end('body');
  res.on('error', (e) => console.log('res error', e.code));
  t('write after end', () => res.write('more', (err) => console.log('write cb', err && err.code)));
});
srv.listen(0, () => {
  h1(srv.address().port, 'GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n', (text) => {
    console.log(JSON.stringify(text));
    srv.close();
  });
});
