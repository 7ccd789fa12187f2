// Session method argument errors, and methods on a destroyed session.
const http2 = require('http2');
const server = http2.createServer();
function t(label, f) {
  try {
    const r = f();
    console.log(label, 'ok', r === undefined ? '' : typeof r);
  } catch (e) {
    console.log(label, e.constructor.name, e.code, e.message);
  }
}
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('connect', () => {
    t('settings-null', () => client.settings(null));
    t('settings-bad', () => client.settings({ maxFrameSize: 1 }));
    t('settings-cb', () => client.settings({}, 'x'));
    t('goaway-code', () => client.goaway('x'));
    t('goaway-last', () => client.goaway(0, 'x'));
    t('goaway-data', () => client.goaway(0, 0, 'x'));
    t('window-neg', () => client.setLocalWindowSize(-1));
    t('window-str', () => client.setLocalWindowSize('1'));
    t('next-id', () => client.setNextStreamID('1'));
    t('next-id-range', () => client.setNextStreamID(0));
    t('next-id-big', () => client.setNextStreamID(2 ** 32));
    t('timeout-str', () => client.setTimeout('1'));
    t('timeout-neg', () => client.setTimeout(-1));
    t('request-headers', () => client.request(5));
    t('request-options', () => client.request({}, 5));
    t('request-pseudo', () => client.request({ ':foo': 'x' }));
    t('request-single', () => client.request({ 'content-type': ['a', 'b'] }));
    t('request-conn', () => client.request({ connection: 'close' }));
    t('request-weight', () => client.request({}, { weight: 'x' }));
    t('request-parent', () => client.request({}, { parent: -1 }));
    t('request-exclusive', () => client.request({}, { exclusive: 1 }));
    t('request-silent', () => client.request({}, { silent: 'yes' }));
    t('request-end', () => client.request({}, { endStream: 1 }));
    t('connect-authority', () => client.request({ ':method': 'CONNECT' }));
    t('connect-scheme', () => client.request({ ':method': 'CONNECT', ':authority': 'a:1', ':scheme': 'http' }));
    t('connect-path', () => client.request({ ':method': 'CONNECT', ':authority': 'a:1', ':path': '/' }));
    client.destroy();
    t('after-destroy settings', () => client.settings({}));
    t('after-destroy ping', () => client.ping(() => {}));
    t('after-destroy goaway', () => client.goaway());
    t('after-destroy request', () => client.request({}));
    t('after-destroy window', () => client.setLocalWindowSize(1));
    t('after-destroy next-id', () => client.setNextStreamID(1));
    t('after-destroy close', () => client.close());
    t('after-destroy destroy', () => client.destroy());
    server.close();
  });
});
