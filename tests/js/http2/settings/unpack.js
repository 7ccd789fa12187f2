// getUnpackedSettings(): every id, unknown ids, buffers and typed arrays, validate option.
const http2 = require('http2');
function t(...args) {
  try {
    console.log(http2.getUnpackedSettings(...args));
  } catch (e) {
    console.log(e.constructor.name, e.code, e.message);
  }
}
const all = http2.getPackedSettings({ headerTableSize: 100, enablePush: false, initialWindowSize: 1,
  maxFrameSize: 17000, maxConcurrentStreams: 5, maxHeaderListSize: 9, enableConnectProtocol: true });
t(all);
t(Buffer.from([0, 2, 0, 0, 0, 5]));
t(Buffer.from([0, 2, 0, 0, 0, 5]), { validate: true });
t(Buffer.from([0, 5, 0, 0, 0, 5]), { validate: true });
t(Buffer.from([0, 4, 0x80, 0, 0, 0]));
t(Buffer.from([0, 4, 0x80, 0, 0, 0]), { validate: true });
t(Buffer.from([0, 9, 0, 0, 0, 5, 0xff, 0xff, 0, 0, 0, 1]));
t(new Uint8Array([0, 3, 0, 0, 1, 0]));
t(Buffer.alloc(0));
t(Buffer.alloc(6), null);
t(Buffer.alloc(6), 5);
t(Buffer.from([0, 1, 0, 0, 0, 5, 0, 0]));
t('x'); t(undefined); t(null); t({}); t([0, 1, 0, 0, 0, 1]);
t(new DataView(new ArrayBuffer(6)));
const u = http2.getUnpackedSettings(Buffer.alloc(6));
console.log(Object.getPrototypeOf(u) === Object.prototype);
