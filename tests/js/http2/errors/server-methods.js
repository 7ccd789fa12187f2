// Http2Server#setTimeout / updateSettings argument checks.
const http2 = require('http2');
const server = http2.createServer();
function t(label, f) {
  try {
    const r = f();
    console.log(label, 'ok', r === server);
  } catch (e) {
    console.log(label, e.constructor.name, e.code, e.message);
  }
}
t('timeout', () => server.setTimeout(1000));
console.log(server.timeout);
t('timeout-cb', () => server.setTimeout(5, 'x'));
t('timeout-fn', () => server.setTimeout(5, () => {}));
console.log(server.listenerCount('timeout'));
t('update-null', () => server.updateSettings(null));
t('update-bad', () => server.updateSettings({ headerTableSize: -1 }));
t('update-push', () => server.updateSettings({ enablePush: 'no' }));
t('update-ok', () => server.updateSettings({ headerTableSize: 10 }));
console.log(server instanceof require('net').Server);
