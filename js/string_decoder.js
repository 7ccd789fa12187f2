'use strict';
// Node's `string_decoder`: npm string_decoder (Node's own code) with Node's errors.

const { StringDecoder: Base } = require('string_decoder/lib/string_decoder.js');
const { codes: { ERR_UNKNOWN_ENCODING, ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { normalizeEncoding } = require('internal/validators');

class StringDecoder extends Base {
  constructor(encoding) {
    const enc = normalizeEncoding(encoding);
    if (enc === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    super(enc === 'base64url' ? 'base64' : enc);
    this.encoding = enc;
    this.__base64url = enc === 'base64url';
  }
  write(buf) {
    if (typeof buf === 'string') return buf;
    if (!ArrayBuffer.isView(buf)) {
      throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
    }
    const out = super.write(buf);
    return this.__base64url ? out.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '') : out;
  }
  end(buf) {
    const out = super.end(buf);
    return this.__base64url ? out.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '') : out;
  }
}
Object.defineProperty(StringDecoder.prototype, '__base64url', { __proto__: null, writable: true, enumerable: false, value: false });

module.exports = { StringDecoder };
