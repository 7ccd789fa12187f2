// connect() options of the core API: settings validation inside connect, maxOutstandingPings,
// maxSessionMemory types, protocol in the URL.
const http2 = require('http2');
function t(label, f) { try { const c = f(); console.log(label, 'ok'); if (c) c.destroy(); } catch (e) { console.log(label, e.constructor.name, e.code, e.message); } }
t('settings-bad', () => http2.connect('http://localhost:1', { settings: { maxFrameSize: 10 } }));
t('settings-type', () => http2.connect('http://localhost:1', { settings: 5 }));
t('pings-type', () => http2.connect('http://localhost:1', { maxOutstandingPings: 'x' }));
t('memory-type', () => http2.connect('http://localhost:1', { maxSessionMemory: 'x' }));
t('ftp', () => http2.connect('ftp://localhost:1'));
t('padding', () => http2.connect('http://localhost:1', { paddingStrategy: 9 }));
t('headerlist', () => http2.connect('http://localhost:1', { maxHeaderListPairs: -1 }));
