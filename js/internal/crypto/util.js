'use strict';
// Helpers shared by the crypto modules (Node's lib/internal/crypto/util.js).
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

// A Uint8Array over the bytes of a string (utf8), ArrayBuffer or view; null for anything else.
function toByteView(v) {
  if (v instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && v instanceof SharedArrayBuffer)) {
    return new Uint8Array(v);
  }
  if (typeof v === 'string') v = Buffer.from(v, 'utf8');
  return ArrayBuffer.isView(v) ? new Uint8Array(v.buffer, v.byteOffset, v.byteLength) : null;
}

function getArrayBufferOrView(buffer, name) {
  const b = toByteView(buffer);
  if (b === null) {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  return b;
}

module.exports = { toByteView, getArrayBufferOrView };
