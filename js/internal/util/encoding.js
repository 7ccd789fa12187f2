'use strict';
// WHATWG TextEncoder/TextDecoder: the engine's own when it has them, else a small UTF-8/UTF-16LE/
// latin1 implementation (enough for Node programs that move text through Buffers).

const { codes: { ERR_ENCODING_NOT_SUPPORTED, ERR_ENCODING_INVALID_ENCODED_DATA, ERR_INVALID_ARG_TYPE } } =
  require('internal/errors');

function utf8Encode(str) {
  const out = [];
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00); i++; }
      else c = 0xfffd;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      c = 0xfffd;
    }
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return new Uint8Array(out);
}

class TextEncoder {
  get encoding() { return 'utf-8'; }
  encode(input = '') { return utf8Encode(`${input}`); }
  encodeInto(src, dest) {
    const bytes = utf8Encode(`${src}`);
    let written = 0;
    let read = 0;
    // copy whole characters only
    let i = 0;
    while (i < bytes.length) {
      const b = bytes[i];
      const n = b < 0x80 ? 1 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
      if (written + n > dest.length) break;
      for (let k = 0; k < n; k++) dest[written + k] = bytes[i + k];
      written += n;
      i += n;
      read += n === 4 ? 2 : 1;
    }
    return { read, written };
  }
  get [Symbol.toStringTag]() { return 'TextEncoder'; }
}

const labels = {
  'utf-8': 'utf-8', utf8: 'utf-8', 'unicode-1-1-utf-8': 'utf-8',
  'utf-16le': 'utf-16le', 'utf-16': 'utf-16le',
  latin1: 'windows-1252', 'iso-8859-1': 'windows-1252', ascii: 'windows-1252', 'windows-1252': 'windows-1252',
  'us-ascii': 'windows-1252',
};

class TextDecoder {
  #encoding; #fatal; #ignoreBOM; #pending; #bomSeen;
  constructor(encoding = 'utf-8', options = {}) {
    const enc = labels[`${encoding}`.trim().toLowerCase()];
    if (enc === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    this.#encoding = enc;
    this.#fatal = Boolean(options?.fatal);
    this.#ignoreBOM = Boolean(options?.ignoreBOM);
    this.#pending = null;
    this.#bomSeen = false;
  }
  get encoding() { return this.#encoding; }
  get fatal() { return this.#fatal; }
  get ignoreBOM() { return this.#ignoreBOM; }
  decode(input = new Uint8Array(0), options = {}) {
    let bytes;
    if (input instanceof ArrayBuffer) bytes = new Uint8Array(input);
    else if (ArrayBuffer.isView(input)) bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    else throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'ArrayBufferView'], input);
    if (this.#pending) {
      const merged = new Uint8Array(this.#pending.length + bytes.length);
      merged.set(this.#pending); merged.set(bytes, this.#pending.length);
      bytes = merged;
      this.#pending = null;
    }
    const stream = Boolean(options?.stream);
    let out;
    if (this.#encoding === 'utf-8') out = this.#utf8(bytes, stream);
    else if (this.#encoding === 'utf-16le') out = this.#utf16(bytes, stream);
    else out = String.fromCharCode.apply(null, Array.from(bytes));
    if (!this.#ignoreBOM && !this.#bomSeen && out.length > 0) {
      if (out.charCodeAt(0) === 0xfeff) out = out.slice(1);
      this.#bomSeen = true;
    }
    if (!stream) this.#bomSeen = false;
    return out;
  }
  #bad() {
    if (this.#fatal) throw new ERR_ENCODING_INVALID_ENCODED_DATA(this.#encoding, undefined);
    return '\ufffd';
  }
  #utf8(b, stream) {
    let s = '';
    let i = 0;
    while (i < b.length) {
      const c = b[i];
      let n = 0;
      let cp;
      if (c < 0x80) { s += String.fromCharCode(c); i++; continue; }
      if (c >= 0xc2 && c <= 0xdf) { n = 1; cp = c & 0x1f; }
      else if (c >= 0xe0 && c <= 0xef) { n = 2; cp = c & 0x0f; }
      else if (c >= 0xf0 && c <= 0xf4) { n = 3; cp = c & 0x07; }
      else { s += this.#bad(); i++; continue; }
      let j = 1;
      let ok = true;
      for (; j <= n; j++) {
        if (i + j >= b.length) break;
        const cc = b[i + j];
        let lo = 0x80; let hi = 0xbf;
        if (j === 1) {
          if (c === 0xe0) lo = 0xa0; else if (c === 0xed) hi = 0x9f;
          else if (c === 0xf0) lo = 0x90; else if (c === 0xf4) hi = 0x8f;
        }
        if (cc < lo || cc > hi) { ok = false; break; }
        cp = (cp << 6) | (cc & 0x3f);
      }
      if (ok && j <= n) { // truncated sequence
        if (stream) { this.#pending = b.slice(i); return s; }
        s += this.#bad(); i = b.length; continue;
      }
      if (!ok) { s += this.#bad(); i += j; continue; }
      s += String.fromCodePoint(cp);
      i += n + 1;
    }
    return s;
  }
  #utf16(b, stream) {
    let s = '';
    const end = b.length - (b.length % 2);
    for (let i = 0; i < end; i += 2) s += String.fromCharCode(b[i] | (b[i + 1] << 8));
    if (end < b.length) {
      if (stream) this.#pending = b.slice(end);
      else s += this.#bad();
    }
    return s;
  }
  get [Symbol.toStringTag]() { return 'TextDecoder'; }
}

module.exports = {
  TextEncoder: globalThis.TextEncoder || TextEncoder,
  TextDecoder: globalThis.TextDecoder || TextDecoder,
  OwnTextEncoder: TextEncoder,
  OwnTextDecoder: TextDecoder,
};
