// getPackedSettings(): wire bytes for every setting, in id order.
const http2 = require('http2');
const show = (s) => console.log(JSON.stringify(s), http2.getPackedSettings(s).toString('hex'));
show({});
show({ headerTableSize: 100 });
show({ enablePush: false, headerTableSize: 7 });
show({ headerTableSize: 100, enablePush: false, initialWindowSize: 1, maxFrameSize: 16384,
       maxConcurrentStreams: 5, maxHeaderListSize: 9, enableConnectProtocol: true });

show({ maxHeaderListSize: 5, maxHeaderSize: 5 });
show({ headerTableSize: 1.5, initialWindowSize: 2 ** 31 - 1, maxFrameSize: 2 ** 24 - 1 });
show({ maxConcurrentStreams: 2 ** 32 - 1 });
show({ headerTableSize: undefined, enablePush: undefined });
show({ unknownSetting: 5 });
const p = http2.getPackedSettings();
console.log(Buffer.isBuffer(p), p.length);
