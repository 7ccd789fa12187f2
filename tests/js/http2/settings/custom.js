// customSettings in getPackedSettings / getUnpackedSettings, with Node's quirks and limits.
const http2 = require('http2');
function t(s) {
  try {
    const r = http2.getPackedSettings(s);
    console.log('ok', r === undefined ? 'undefined' : r.toString('hex'));
  } catch (e) {
    console.log(e.constructor.name, e.code, e.message);
  }
}
t({ customSettings: { 100: 3 } });
t({ customSettings: { 100: 3 }, headerTableSize: 5 });
t({ customSettings: { 200: 1, 100: 2 }, maxFrameSize: 20000 });
t({ customSettings: { 7: 2 } }); t({ customSettings: { 8: 1 } }); t({ customSettings: { 1: 2 } });
t({ customSettings: { 9: 1, 0: 3 } }); t({ customSettings: { a: 1 } });
t({ customSettings: { 65536: 3 } }); t({ customSettings: { 65535: 3 } });
t({ customSettings: { 100: -1 } }); t({ customSettings: { 100: 0 } });
t({ customSettings: { 100: 2 ** 32 } }); t({ customSettings: { 100: '5' } });
t({ customSettings: 5 }); t({ customSettings: [1] }); t({ customSettings: null });
t({ customSettings: { 10: 1, 11: 2, 12: 3, 13: 4, 14: 5, 15: 6, 16: 7, 17: 8, 18: 9, 19: 10 } });
t({ customSettings: { 10: 1, 11: 2, 12: 3, 13: 4, 14: 5, 15: 6, 16: 7, 17: 8, 18: 9, 19: 10, 20: 1 } });
const packed = http2.getPackedSettings({ customSettings: { 77: 9, 1000: 1 }, enablePush: true });
console.log(http2.getUnpackedSettings(packed));
