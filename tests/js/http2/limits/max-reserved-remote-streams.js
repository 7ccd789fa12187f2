// maxReservedRemoteStreams / maxHeaderListPairs / paddingStrategy option validation in connect and
// createServer (class, code, message).
const http2 = require('http2');
function t(label, f) { try { const c = f(); console.log(label, 'ok'); if (c && c.destroy) c.destroy(); } catch (e) { console.log(label, e.constructor.name, e.code, e.message); } }
t('reserved-str', () => http2.connect('http://localhost:1', { maxReservedRemoteStreams: 'x' }));
t('reserved-neg', () => http2.connect('http://localhost:1', { maxReservedRemoteStreams: -1 }));
t('pairs-str', () => http2.createServer({ maxHeaderListPairs: 'x' }));
t('padding-str', () => http2.createServer({ paddingStrategy: 'x' }));
t('padding-big', () => http2.createServer({ paddingStrategy: 5 }));
t('peer-str', () => http2.createServer({ peerMaxConcurrentStreams: 'x' }));
t('block-str', () => http2.createServer({ maxSendHeaderBlockLength: 'x' }));
t('unknown-timeout-str', () => http2.createServer({ unknownProtocolTimeout: 'x' }));
t('unknown-timeout-neg', () => http2.createServer({ unknownProtocolTimeout: -1 }));
t('settings-num', () => http2.createServer({ settings: 5 }));
t('ok', () => http2.createServer({ maxReservedRemoteStreams: 5, maxHeaderListPairs: 4, paddingStrategy: 1,
  peerMaxConcurrentStreams: 10, maxSendHeaderBlockLength: 1000, unknownProtocolTimeout: 100 }));
