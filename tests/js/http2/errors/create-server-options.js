// createServer / createSecureServer argument errors, thrown synchronously as Node does.
const http2 = require('http2');
function t(label, f) {
  try {
    const s = f();
    console.log(label, 'ok', s.constructor.name);
  } catch (e) {
    console.log(label, e.constructor.name, e.code, e.message);
  }
}
t('null', () => http2.createServer(null));
t('number', () => http2.createServer(5));
t('string', () => http2.createServer('x'));
t('array', () => http2.createServer([]));
t('settings-num', () => http2.createServer({ settings: 5 }));
t('settings-arr', () => http2.createServer({ settings: [] }));
t('invalid-frames', () => http2.createServer({ maxSessionInvalidFrames: -1 }));
t('invalid-frames-str', () => http2.createServer({ maxSessionInvalidFrames: '1' }));
t('rejected', () => http2.createServer({ maxSessionRejectedStreams: 1.5 }));
t('unknown-timeout', () => http2.createServer({ unknownProtocolTimeout: -1 }));
t('remote-custom', () => http2.createServer({ remoteCustomSettings: 5 }));
t('remote-custom-many', () => http2.createServer({ remoteCustomSettings: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] }));
t('fn', () => http2.createServer(() => {}));
t('empty', () => http2.createServer());
t('secure-null', () => http2.createSecureServer(null));
t('secure-settings', () => http2.createSecureServer({ settings: 'x' }));
