'use strict';
// Node's `querystring`: parse/stringify/escape/unescape/unescapeBuffer with Node's rules
// (null-prototype result, repeated keys as arrays, '+' as space, lenient % decoding, maxKeys).

const { Buffer } = require('buffer');
const { codes: { ERR_INVALID_URI } } = require('internal/errors');

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  try {
    return encodeURIComponent(str);
  } catch {
    throw new ERR_INVALID_URI();
  }
}

const hexValue = (c) => {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
};

// Decode %XX byte escapes (and '+' when decodeSpaces) leaving malformed ones as they are.
function unescapeBuffer(s, decodeSpaces) {
  const src = Buffer.from(`${s}`, 'utf8');
  const out = Buffer.allocUnsafe(src.length);
  let n = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === 43 && decodeSpaces) { out[n++] = 32; continue; }
    if (c === 37 && i + 2 < src.length) {
      const hi = hexValue(src[i + 1]);
      const lo = hexValue(src[i + 2]);
      if (hi >= 0 && lo >= 0) { out[n++] = hi * 16 + lo; i += 2; continue; }
    }
    out[n++] = c;
  }
  return out.subarray(0, n);
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return unescapeBuffer(s, decodeSpaces).toString();
  }
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return '' + v;
  if (typeof v === 'bigint') return '' + v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function encodeStringified(v, encode) {
  if (typeof v === 'string') return (v.length ? encode(v) : '');
  if (typeof v === 'number' && Number.isFinite(v)) return (Math.abs(v) < 1e21 ? '' + v : encode('' + v));
  if (typeof v === 'bigint') return '' + v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function encodeStringifiedCustom(v, encode) {
  return encode(stringifyPrimitive(v));
}

function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  let encode = module.exports.escape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  const convert = (encode === qsEscape ? encodeStringified : encodeStringifiedCustom);
  if (obj !== null && typeof obj === 'object') {
    const keys = Object.keys(obj);
    let fields = '';
    for (let i = 0; i < keys.length; ++i) {
      const k = keys[i];
      const v = obj[k];
      let ks = convert(k, encode);
      ks += eq;
      if (Array.isArray(v)) {
        if (v.length === 0) continue;
        if (fields) fields += sep;
        for (let j = 0; j < v.length; ++j) {
          if (j) fields += sep;
          fields += ks;
          fields += convert(v[j], encode);
        }
      } else {
        if (fields) fields += sep;
        fields += ks;
        fields += convert(v, encode);
      }
    }
    return fields;
  }
  return '';
}

function decodeStr(s, decoder) {
  try {
    return decoder(s);
  } catch {
    return module.exports.unescape(s, true);
  }
}

function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  sep = sep ? String(sep) : '&';
  eq = eq ? String(eq) : '=';
  let maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
  let decode = module.exports.unescape;
  if (options && typeof options.decodeURIComponent === 'function') decode = options.decodeURIComponent;
  let pairs = qs.split(sep);
  if (maxKeys > 0 && pairs.length > maxKeys) pairs = pairs.slice(0, maxKeys);
  for (const pair of pairs) {
    if (pair.length === 0) continue;
    const idx = pair.indexOf(eq);
    let k;
    let v;
    if (idx >= 0) {
      k = pair.slice(0, idx);
      v = pair.slice(idx + eq.length);
    } else {
      k = pair;
      v = '';
    }
    k = decodeStr(k.replace(/\+/g, ' '), decode);
    v = decodeStr(v.replace(/\+/g, ' '), decode);
    const cur = obj[k];
    if (cur === undefined) obj[k] = v;
    else if (Array.isArray(cur)) cur.push(v);
    else obj[k] = [cur, v];
  }
  return obj;
}

module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
