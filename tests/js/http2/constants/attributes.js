// constants are read-only, enumerable and non-configurable; the object stays extensible.
'use strict';
const { constants } = require('node:http2');
console.log(Object.getOwnPropertyDescriptor(constants, 'NGHTTP2_CANCEL'));
console.log(Object.isFrozen(constants), Object.isExtensible(constants), Object.isSealed(constants));
try {
  constants.NGHTTP2_CANCEL = 9;
} catch (e) {
  console.log(e.name, e.message.includes('read only') || e.message.includes('read-only'));
}
console.log(constants.NGHTTP2_CANCEL);
console.log(Object.getPrototypeOf(Object.getPrototypeOf(constants)));
console.log(typeof constants.hasOwnProperty);
