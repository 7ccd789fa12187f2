// client.request() after close() (ERR_HTTP2_GOAWAY_SESSION) and after destroy()
// (ERR_HTTP2_INVALID_SESSION); settings/ping/goaway on a destroyed session.
const http2 = require('http2');
const server = http2.createServer();
function t(label, f) { try { f(); console.log(label, 'ok'); } catch (e) { console.log(label, e.constructor.name, e.code, e.message); } }
server.listen(0, () => {
  const a = http2.connect(`http://localhost:${server.address().port}`);
  a.on('connect', () => {
    a.close();
    t('request after close', () => a.request());
    t('ping after close', () => a.ping(() => {}));
    t('settings after close', () => a.settings({}));
    const b = http2.connect(`http://localhost:${server.address().port}`);
    b.on('connect', () => {
      b.destroy();
      t('request after destroy', () => b.request());
      t('ping after destroy', () => b.ping(() => {}));
      t('settings after destroy', () => b.settings({}));
      t('setLocalWindowSize after destroy', () => b.setLocalWindowSize(100000));
      server.close();
    });
  });
});
