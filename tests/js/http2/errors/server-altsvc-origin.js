// ServerHttp2Session altsvc()/origin() argument errors.
const http2 = require('http2');
const server = http2.createServer();
function t(label, f) {
  try {
    console.log(label, 'ok', f());
  } catch (e) {
    console.log(label, e.constructor.name, e.code, e.message);
  }
}
server.on('session', (session) => {
  t('altsvc-num', () => session.altsvc(1, 'https://example.org'));
  t('altsvc-origin-num', () => session.altsvc('h2=":8000"', {}));
  t('altsvc-origin-neg', () => session.altsvc('h2=":8000"', -1));
  t('altsvc-origin-big', () => session.altsvc('h2=":8000"', 2 ** 32));
  t('altsvc-no-origin', () => session.altsvc('h2=":8000"', ''));
  t('altsvc-bad-origin', () => session.altsvc('h2=":8000"', 'not a url'));
  t('altsvc-origin-null', () => session.altsvc('h2=":8000"', 'file:///x'));
  t('altsvc-value', () => session.altsvc('h2=":8000"\u00ff', 'https://example.org'));
  t('altsvc-long', () => session.altsvc('x'.repeat(16383), 'https://example.org'));
  t('altsvc-stream-0', () => session.altsvc('h2=":8000"', 0));
  t('origin-num', () => session.origin(1));
  t('origin-bad', () => session.origin('not a url'));
  t('origin-null', () => session.origin('file:///x'));
  t('origin-long', () => session.origin('https://' + 'a'.repeat(16384) + '.org'));
  t('origin-url', () => session.origin(new URL('https://example.org'), { origin: 'https://a.org' }));
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('connect', () => { client.close(); server.close(); });
});
