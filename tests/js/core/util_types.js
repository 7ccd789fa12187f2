const { types } = require('util');
const vals = { date: new Date(), re: /x/, map: new Map(), set: new Set(), prom: Promise.resolve(), err: new Error(),
  u8: new Uint8Array(1), ab: new ArrayBuffer(1), dv: new DataView(new ArrayBuffer(1)), async: async () => {},
  gen: function* () {}, boxed: new String('s'), wm: new WeakMap(), obj: {}, num: 1 };
for (const fn of ['isDate', 'isRegExp', 'isMap', 'isSet', 'isPromise', 'isNativeError', 'isUint8Array', 'isArrayBuffer',
  'isDataView', 'isAsyncFunction', 'isGeneratorFunction', 'isBoxedPrimitive', 'isWeakMap', 'isTypedArray', 'isAnyArrayBuffer',
  'isArrayBufferView', 'isStringObject']) {
  console.log(fn, Object.entries(vals).filter(([, v]) => types[fn](v)).map(([k]) => k).join(','));
}
console.log(require('util/types') === types);
