'use strict';
// UTF-8 <-> string without native help (SpiderMonkey in pythonmonkey has no TextEncoder).

function isAscii(str) {
  for (let i = 0; i < str.length; i++) {
    if (str.charCodeAt(i) > 127) return false;
  }
  return true;
}

function utf8Encode(str) {
  let bin = str;
  if (!isAscii(str)) bin = unescape(encodeURIComponent(str.toWellFormed()));
  const n = bin.length;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function utf8Decode(u8, start = 0, end = u8.length) {
  let out = '';
  let i = start;
  while (i < end) {
    // ASCII runs in chunks
    let j = i;
    while (j < end && u8[j] < 0x80 && j - i < 8192) j++;
    if (j > i) {
      out += String.fromCharCode.apply(null, u8.subarray(i, j));
      i = j;
      continue;
    }
    const b = u8[i];
    let need = 0;
    let cp = 0;
    let min = 0;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; cp = b & 0x1f; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; cp = b & 0x0f; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; cp = b & 0x07; min = 0x10000; }
    else { out += '\ufffd'; i++; continue; }
    let k = 1;
    for (; k <= need; k++) {
      const c = u8[i + k];
      if (i + k >= end || (c & 0xc0) !== 0x80) break;
      // reject overlongs and surrogates as the WHATWG decoder does, byte by byte
      if (k === 1) {
        if (b === 0xe0 && c < 0xa0) break;
        if (b === 0xed && c > 0x9f) break;
        if (b === 0xf0 && c < 0x90) break;
        if (b === 0xf4 && c > 0x8f) break;
      }
      cp = (cp << 6) | (c & 0x3f);
    }
    if (k <= need) { out += '\ufffd'; i += k; continue; }
    if (cp < min) { out += '\ufffd'; i += need + 1; continue; }
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}

module.exports = { utf8Encode, utf8Decode, isAscii };
