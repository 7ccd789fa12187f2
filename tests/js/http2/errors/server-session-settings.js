// ServerHttp2Session settings()/goaway()/setLocalWindowSize() bad input from the 'session' event,
// and updateSettings on the server.
const http2 = require('http2');
function t(label, f) {
  try {
    const r = f();
    console.log(label, 'ok', r === undefined ? '' : typeof r);
  } catch (e) {
    console.log(label, e.constructor.name, e.code, e.message);
  }
}
const server = http2.createServer();
server.on('session', (session) => {
  t('settings-str', () => session.settings('x'));
  t('settings-window', () => session.settings({ initialWindowSize: 2 ** 31 }));
  t('settings-frame', () => session.settings({ maxFrameSize: 2 ** 24 }));
  t('settings-table', () => session.settings({ headerTableSize: -5 }));
  t('settings-concurrent', () => session.settings({ maxConcurrentStreams: 2 ** 32 }));
  t('settings-header-list', () => session.settings({ maxHeaderListSize: 'big' }));
  t('settings-connect', () => session.settings({ enableConnectProtocol: 2 }));
  t('goaway-opaque', () => session.goaway(0, 0, 'x'));
  t('window-big', () => session.setLocalWindowSize(2 ** 31));
  t('ok', () => session.settings({ maxConcurrentStreams: 10 }, (err) => console.log('acked', err)));
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('connect', () => setTimeout(() => { client.close(); server.close(); }, 50));
});
