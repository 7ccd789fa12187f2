// connect(): argument errors thrown before any socket is opened.
const http2 = require('http2');
function t(label, f) {
  try {
    f();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.constructor.name, e.code, e.message);
  }
}
t('ftp', () => http2.connect('ftp://localhost:1'));
t('ws-proto', () => http2.connect({ protocol: 'ws:', port: 1 }));
t('bad-url', () => http2.connect('not a url'));
t('number', () => http2.connect(5));
t('options-num', () => http2.connect('http://localhost:1', 5));
t('options-null', () => http2.connect('http://localhost:1', null));
t('remote-custom', () => http2.connect('http://localhost:1', { remoteCustomSettings: {} }));
t('remote-custom-many', () => http2.connect('http://localhost:1',
  { remoteCustomSettings: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] }));
