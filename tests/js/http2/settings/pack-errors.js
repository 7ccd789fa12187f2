// getPackedSettings(): Node's validation errors (class, code, message).
const http2 = require('http2');
function t(s) {
  try {
    http2.getPackedSettings(s);
    console.log('ok');
  } catch (e) {
    console.log(e.constructor.name, e.code, e.message);
  }
}
t(null); t(1); t('x'); t([]); t(true);
t({ headerTableSize: -1 }); t({ headerTableSize: 2 ** 32 }); t({ headerTableSize: '1' });
t({ headerTableSize: null }); t({ headerTableSize: NaN });
t({ maxFrameSize: 100 }); t({ maxFrameSize: 2 ** 24 }); t({ initialWindowSize: 2 ** 31 });
t({ initialWindowSize: -1 }); t({ maxConcurrentStreams: 2 ** 32 }); t({ maxHeaderListSize: -5 });
t({ maxHeaderSize: 2 ** 32 }); t({ maxHeaderSize: 'big' });
t({ enablePush: 1 }); t({ enablePush: 'true' }); t({ enablePush: null });
t({ enableConnectProtocol: 'x' }); t({ enableConnectProtocol: 0 });
