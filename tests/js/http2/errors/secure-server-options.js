// createServer / createSecureServer argument errors.
const http2 = require('http2');
function t(label, f) {
  try {
    const s = f();
    console.log(label, 'ok', s.constructor.name);
  } catch (e) {
    console.log(label, e.constructor.name, e.code, e.message);
  }
}
t('server-num', () => http2.createServer(5));
t('server-str', () => http2.createServer('x'));
t('server-settings', () => http2.createServer({ settings: 5 }));
t('server-settings-bad', () => http2.createServer({ settings: { initialWindowSize: -1 } }));
t('server-upt', () => http2.createServer({ unknownProtocolTimeout: 'x' }));
t('server-listener', () => http2.createServer({}, 5));
t('secure-num', () => http2.createSecureServer(5));
t('secure-settings', () => http2.createSecureServer({ settings: 'x' }));
t('secure-custom', () => http2.createSecureServer({ remoteCustomSettings: 'x' }));
t('secure-fn', () => http2.createSecureServer(() => {}));
t('secure-alpn-cb', () => http2.createSecureServer({ ALPNCallback: () => 'h2' }));
t('secure-alpn-both', () => http2.createSecureServer({ ALPNCallback: () => 'h2', ALPNProtocols: ['h2'] }));
