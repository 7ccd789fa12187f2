// http2.connect() option validation errors.
const http2 = require('http2');
function t(label, f) {
  try {
    const s = f();
    console.log(label, 'ok', s.constructor.name);
    s.on('error', (e) => console.log(label, 'session error', e.code));
    s.destroy();
  } catch (e) {
    console.log(label, e.constructor.name, e.code, e.message);
  }
}
const u = 'http://127.0.0.1:1';
t('maxSessionMemory', () => http2.connect(u, { maxSessionMemory: 'x' }));
t('maxSessionInvalidFrames', () => http2.connect(u, { maxSessionInvalidFrames: -1 }));
t('maxSessionRejectedStreams', () => http2.connect(u, { maxSessionRejectedStreams: 'x' }));
t('unknownProtocolTimeout', () => http2.connect(u, { unknownProtocolTimeout: -1 }));
t('settings-num', () => http2.connect(u, { settings: 5 }));
t('settings-bad', () => http2.connect(u, { settings: { maxFrameSize: 5 } }));
t('settings-push', () => http2.connect(u, { settings: { enablePush: 5 } }));
t('remoteCustomSettings', () => http2.connect(u, { remoteCustomSettings: 5 }));
t('remoteCustomSettings-many', () => http2.connect(u, { remoteCustomSettings: new Array(11).fill(1) }));
t('protocol', () => http2.connect('ftp://127.0.0.1:1'));
t('createConnection', () => http2.connect(u, { createConnection: 5 }));
t('options-num', () => http2.connect(u, 5));
t('listener-num', () => http2.connect(u, {}, 5));
t('url-bad', () => http2.connect('not a url'));
t('url-num', () => http2.connect(5));
