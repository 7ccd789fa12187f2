'use strict';
// Helpers shared by the http2 modules: settings (defaults, validation, packing), header maps
// (outgoing: validated NUL-joined list; incoming: Node's null-prototype header objects) and small
// argument checks. Behaviour follows Node v20 (checked against `node` by tests/test_http2js_util.py).

const {
  codes: {
    ERR_HTTP2_HEADER_SINGLE_VALUE,
    ERR_HTTP2_INVALID_CONNECTION_HEADERS,
    ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH,
    ERR_HTTP2_INVALID_PSEUDOHEADER,
    ERR_HTTP2_INVALID_SETTING_VALUE,
    ERR_HTTP2_STATUS_INVALID,
    ERR_HTTP2_TOO_MANY_CUSTOM_SETTINGS,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_HTTP_TOKEN,
  },
} = require('internal/errors');
const constants = require('internal/http2/constants');

const kSensitiveHeaders = Symbol('sensitiveHeaders');
const kSocket = Symbol('socket');
const kProxySocket = Symbol('proxySocket');
const kRequest = Symbol('request');

const MAX_ADDITIONAL_SETTINGS = 10;
const kMaxFrameSize = 2 ** 24 - 1;
const kMaxInt = 2 ** 32 - 1;
const kMaxInitialWindowSize = 2 ** 31 - 1;

const {
  NGHTTP2_NV_FLAG_NONE = 0,
  NGHTTP2_NV_FLAG_NO_INDEX = 1,
  NGHTTP2_SESSION_CLIENT,
  NGHTTP2_SESSION_SERVER,
  HTTP2_HEADER_STATUS,
  HTTP2_HEADER_AUTHORITY,
  HTTP2_HEADER_HOST,
  HTTP2_HEADER_COOKIE,
  HTTP2_HEADER_SET_COOKIE,
  HTTP_STATUS_OK,
} = constants;

// Only the pseudo-headers the HTTP/2 spec (and RFC 8441) define.
const kValidPseudoHeaders = new Set([
  ':status', ':method', ':authority', ':scheme', ':path', ':protocol',
]);

// Headers that may appear at most once (Node's list).
const kSingleValueHeaders = new Set([
  ':status', ':method', ':authority', ':scheme', ':path', ':protocol',
  'access-control-allow-credentials', 'access-control-max-age',
  'access-control-request-method', 'age', 'authorization', 'content-encoding',
  'content-language', 'content-length', 'content-location', 'content-md5',
  'content-range', 'content-type', 'date', 'dnt', 'etag', 'expires', 'from', 'host',
  'if-match', 'if-modified-since', 'if-none-match', 'if-range', 'if-unmodified-since',
  'last-modified', 'location', 'max-forwards', 'proxy-authorization', 'range',
  'referer', 'retry-after', 'tk', 'upgrade-insecure-requests', 'user-agent',
  'x-content-type-options',
]);

// Methods whose request payload has no meaning: endStream defaults to true for them.
const kNoPayloadMethods = new Set(['DELETE', 'GET', 'HEAD']);

function isPayloadMeaningless(method) {
  return kNoPayloadMethods.has(method);
}

function sessionName(type) {
  if (type === NGHTTP2_SESSION_CLIENT) return 'client';
  if (type === NGHTTP2_SESSION_SERVER) return 'server';
  return '<invalid>';
}

// --- argument checks -------------------------------------------------------------------------

function assertIsObject(value, name, types) {
  if (value !== undefined &&
      (value === null || typeof value !== 'object' || Array.isArray(value))) {
    throw new ERR_INVALID_ARG_TYPE(name, types || 'Object', value);
  }
}

function assertIsArray(value, name, types) {
  if (value !== undefined && (value === null || !Array.isArray(value))) {
    throw new ERR_INVALID_ARG_TYPE(name, types || 'Array', value);
  }
}

function assertWithinRange(name, value, min = 0, max = Infinity) {
  if (value !== undefined &&
      (typeof value !== 'number' || value < min || value > max)) {
    throw new ERR_HTTP2_INVALID_SETTING_VALUE.RangeError(name, value, min, max);
  }
}

function assertValidPseudoHeader(key) {
  if (!kValidPseudoHeaders.has(key)) throw new ERR_HTTP2_INVALID_PSEUDOHEADER(key);
}

function assertValidPseudoHeaderResponse(key) {
  if (key !== ':status') throw new ERR_HTTP2_INVALID_PSEUDOHEADER(key);
}

function assertValidPseudoHeaderTrailer(key) {
  throw new ERR_HTTP2_INVALID_PSEUDOHEADER(key);
}

// --- settings ----------------------------------------------------------------------------------

// The engine's defaults (nghttp2's, as Node reports them).
function getDefaultSettings() {
  const holder = { __proto__: null };
  holder.headerTableSize = 4096;
  holder.enablePush = true;
  holder.initialWindowSize = 65535;
  holder.maxFrameSize = 16384;
  holder.maxConcurrentStreams = 4294967295;
  holder.maxHeaderSize = 65535;
  holder.maxHeaderListSize = 65535;
  holder.enableConnectProtocol = false;
  return holder;
}

function validateSettings(settings) {
  if (settings === undefined) return;
  assertIsObject(settings.customSettings, 'customSettings', 'Number');
  if (settings.customSettings) {
    const entries = Object.entries(settings.customSettings);
    if (entries.length > MAX_ADDITIONAL_SETTINGS) throw new ERR_HTTP2_TOO_MANY_CUSTOM_SETTINGS();
    for (const [key, value] of entries) {
      assertWithinRange('customSettings:id', Number(key), 0, 0xffff);
      assertWithinRange('customSettings:value', Number(value), 0, kMaxInt);
    }
  }
  assertWithinRange('headerTableSize', settings.headerTableSize, 0, kMaxInt);
  assertWithinRange('initialWindowSize', settings.initialWindowSize, 0, kMaxInitialWindowSize);
  assertWithinRange('maxFrameSize', settings.maxFrameSize, 16384, kMaxFrameSize);
  assertWithinRange('maxConcurrentStreams', settings.maxConcurrentStreams, 0, kMaxInt);
  assertWithinRange('maxHeaderListSize', settings.maxHeaderListSize, 0, kMaxInt);
  assertWithinRange('maxHeaderSize', settings.maxHeaderSize, 0, kMaxInt);
  if (settings.enablePush !== undefined && typeof settings.enablePush !== 'boolean') {
    throw new ERR_HTTP2_INVALID_SETTING_VALUE('enablePush', settings.enablePush);
  }
  if (settings.enableConnectProtocol !== undefined &&
      typeof settings.enableConnectProtocol !== 'boolean') {
    throw new ERR_HTTP2_INVALID_SETTING_VALUE('enableConnectProtocol',
                                              settings.enableConnectProtocol);
  }
}

const toUint32 = (v) => v >>> 0;

// Reduce validated user settings to the list of [id, value] pairs to send, in Node's order
// (standard ids ascending, then custom ones). Reproduces Node v20's handling of customSettings:
// ids below 7 overwrite a standard setting by *index* (Node's settings-buffer slot order).
const kSlotIds = [1, 2, 4, 5, 3, 6, 8];   // slot order of Node's settings buffer -> setting id
function settingsToPairs(settings) {
  const slots = new Array(7).fill(undefined);
  const custom = [];
  const cs = settings.customSettings;
  if (cs !== null && typeof cs === 'object') {
    for (const setting in cs) {
      const val = cs[setting];
      if (typeof val !== 'number') continue;
      const nsetting = Number(setting);
      if (Number.isNaN(nsetting) || nsetting <= 0 || nsetting > 0xffff) {
        throw new ERR_HTTP2_INVALID_SETTING_VALUE.RangeError('Range Error', nsetting, 0, 0xffff);
      }
      if (Number.isNaN(val) || val <= 0 || val > 0xffffffff) {
        throw new ERR_HTTP2_INVALID_SETTING_VALUE.RangeError('Range Error', val, 0, 0xffffffff);
      }
      if (nsetting < 7) {
        slots[nsetting] = toUint32(val);
        continue;
      }
      const found = custom.find((p) => p[0] === nsetting);
      if (found) {
        found[1] = toUint32(val);
      } else {
        if (custom.length === MAX_ADDITIONAL_SETTINGS) throw new ERR_HTTP2_TOO_MANY_CUSTOM_SETTINGS();
        custom.push([nsetting, toUint32(val)]);
      }
    }
  }
  if (typeof settings.headerTableSize === 'number') slots[0] = toUint32(settings.headerTableSize);
  if (typeof settings.maxConcurrentStreams === 'number') {
    slots[4] = toUint32(settings.maxConcurrentStreams);
  }
  if (typeof settings.initialWindowSize === 'number') {
    slots[2] = toUint32(settings.initialWindowSize);
  }
  if (typeof settings.maxFrameSize === 'number') slots[3] = toUint32(settings.maxFrameSize);
  if (typeof settings.maxHeaderListSize === 'number' ||
      typeof settings.maxHeaderSize === 'number') {
    if (settings.maxHeaderSize !== undefined &&
        settings.maxHeaderSize !== settings.maxHeaderListSize) {
      process.emitWarning('settings.maxHeaderSize overwrite settings.maxHeaderListSize');
      slots[5] = toUint32(settings.maxHeaderSize);
    } else {
      slots[5] = toUint32(settings.maxHeaderListSize);
    }
  }
  if (typeof settings.enablePush === 'boolean') slots[1] = Number(settings.enablePush);
  if (typeof settings.enableConnectProtocol === 'boolean') {
    slots[6] = Number(settings.enableConnectProtocol);
  }
  const pairs = [];
  for (const id of [1, 2, 3, 4, 5, 6, 8]) {
    const v = slots[kSlotIds.indexOf(id)];
    if (v !== undefined) pairs.push([id, v]);
  }
  for (const p of custom) pairs.push(p);
  return pairs;
}

// The checks nghttp2 applies when packing a SETTINGS payload.
function pairsAreValid(pairs) {
  for (const [id, v] of pairs) {
    if ((id === 2 || id === 8) && v > 1) return false;
    if (id === 4 && v > kMaxInitialWindowSize) return false;
    if (id === 5 && (v < 16384 || v > kMaxFrameSize)) return false;
  }
  return true;
}

function packPairs(pairs) {
  const { Buffer } = require('buffer');
  const buf = Buffer.alloc(pairs.length * 6);
  for (let i = 0; i < pairs.length; i++) {
    buf.writeUInt16BE(pairs[i][0], i * 6);
    buf.writeUInt32BE(pairs[i][1], i * 6 + 2);
  }
  return buf;
}

function getPackedSettings(settings) {
  assertIsObject(settings, 'settings');
  validateSettings(settings);
  const pairs = settingsToPairs({ ...settings });
  if (!pairsAreValid(pairs)) return undefined;
  return packPairs(pairs);
}

function isArrayBufferView(v) {
  return ArrayBuffer.isView(v);
}

function getUnpackedSettings(buf, options = {}) {
  if (!isArrayBufferView(buf) || buf.length === undefined) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray'], buf);
  }
  if (buf.length % 6 !== 0) throw new ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH();
  // Node reads 16/32-bit big-endian fields element-wise (byte semantics for Uint8Array/Buffer).
  const byte = (i) => buf[i] & 0xff;
  const settings = {};
  for (let offset = 0; offset < buf.length; offset += 6) {
    const id = (byte(offset) << 8) | byte(offset + 1);
    const value = ((byte(offset + 2) << 24) >>> 0) + (byte(offset + 3) << 16) +
      (byte(offset + 4) << 8) + byte(offset + 5);
    switch (id) {
      case 1: settings.headerTableSize = value; break;
      case 2: settings.enablePush = value !== 0; break;
      case 3: settings.maxConcurrentStreams = value; break;
      case 4: settings.initialWindowSize = value; break;
      case 5: settings.maxFrameSize = value; break;
      case 6: settings.maxHeaderListSize = settings.maxHeaderSize = value; break;
      case 8: settings.enableConnectProtocol = value !== 0; break;
      default:
        if (!settings.customSettings) settings.customSettings = {};
        settings.customSettings[id] = value;
    }
  }
  if (options != null && options.validate) validateSettings(settings);
  return settings;
}

// --- outgoing headers ---------------------------------------------------------------------------

function isIllegalConnectionSpecificHeader(name, value) {
  switch (name) {
    case 'connection':
    case 'upgrade':
    case 'http2-settings':
    case 'keep-alive':
    case 'proxy-connection':
    case 'transfer-encoding':
      return true;
    case 'te':
      return value !== 'trailers';
    default:
      return false;
  }
}

const kNeverIndexFlag = String.fromCharCode(NGHTTP2_NV_FLAG_NO_INDEX);
const kNoHeaderFlags = String.fromCharCode(NGHTTP2_NV_FLAG_NONE);

// Validate a user header map and flatten it to `name\0value\0flag` records (pseudo-headers
// first), as Node does. Returns [list, count].
function mapToHeaders(map, assertPseudo = assertValidPseudoHeader) {
  let pseudo = '';
  let regular = '';
  let count = 0;
  let singles = null;       // made on first use, like neverIndex (most maps list neither)
  const sensitive = map[kSensitiveHeaders];
  const neverIndex = sensitive ? sensitive.map((v) => v.toLowerCase()) : null;
  for (const rawKey of Object.keys(map)) {
    let value = map[rawKey];
    if (value === undefined || rawKey === '') continue;
    const key = rawKey.toLowerCase();
    const single = kSingleValueHeaders.has(key);
    let isArray = Array.isArray(value);
    if (isArray) {
      if (value.length === 0) continue;
      if (value.length === 1) {
        value = String(value[0]);
        isArray = false;
      } else if (single) {
        throw new ERR_HTTP2_HEADER_SINGLE_VALUE(key);
      }
    } else {
      value = String(value);
    }
    if (single) {
      if (singles === null) singles = new Set();
      else if (singles.has(key)) throw new ERR_HTTP2_HEADER_SINGLE_VALUE(key);
      singles.add(key);
    }
    const flags = neverIndex !== null && neverIndex.includes(key) ? kNeverIndexFlag : kNoHeaderFlags;
    if (key[0] === ':') {
      const err = assertPseudo(key);
      if (err !== undefined) throw err;
      pseudo += `${key}\0${value}\0${flags}`;
      count++;
      continue;
    }
    if (key.includes(' ')) throw new ERR_INVALID_HTTP_TOKEN('Header name', key);
    if (isIllegalConnectionSpecificHeader(key, value)) {
      throw new ERR_HTTP2_INVALID_CONNECTION_HEADERS(key);
    }
    if (isArray) {
      for (const v of value) regular += `${key}\0${String(v)}\0${flags}`;
      count += value.length;
      continue;
    }
    regular += `${key}\0${value}\0${flags}`;
    count++;
  }
  return [pseudo + regular, count];
}

// --- incoming headers ---------------------------------------------------------------------------

// Build Node's header object from a flat [name, value, name, value, ...] list.
function toHeaderObject(headers, sensitiveHeaders) {
  const obj = Object.create(null);  // not `{ __proto__: null }`: a literal mutates its prototype
  for (let n = 0; n < headers.length; n += 2) {
    const name = headers[n];
    let value = headers[n + 1];
    if (name === HTTP2_HEADER_STATUS) value |= 0;
    const existing = obj[name];
    if (existing === undefined) {
      obj[name] = name === HTTP2_HEADER_SET_COOKIE ? [value] : value;
    } else if (!kSingleValueHeaders.has(name)) {
      if (name === HTTP2_HEADER_COOKIE) {
        obj[name] = `${existing}; ${value}`;        // RFC 7540 §8.1.2.5
      } else if (name === HTTP2_HEADER_SET_COOKIE) {
        existing.push(value);                      // never list-combined (RFC 7230 §3.2.2)
      } else {
        obj[name] = `${existing}, ${value}`;
      }
    }
  }
  obj[kSensitiveHeaders] = sensitiveHeaders;
  return obj;
}

function getAuthority(headers) {
  if (headers[HTTP2_HEADER_AUTHORITY] !== undefined) return headers[HTTP2_HEADER_AUTHORITY];
  if (headers[HTTP2_HEADER_HOST] !== undefined) return headers[HTTP2_HEADER_HOST];
}

// RFC 7230 token (Node's _http_common checkIsHttpToken): header names in compat, core, http1.
const kHttpToken = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
function checkIsHttpToken(s) { return kHttpToken.test(s); }

// --- response headers -----------------------------------------------------------------------------

let dateCache;
let dateCacheSecond = -1;
// The RFC 7231 date Node puts in responses, cached for the current second.
function utcDate() {
  const now = Date.now();
  const second = Math.floor(now / 1000);
  if (second !== dateCacheSecond) {
    dateCacheSecond = second;
    dateCache = new Date(second * 1000).toUTCString();
  }
  return dateCache;
}

// Copy user response headers into a null-prototype object, default :status to 200 and add
// `date` (unless sendDate is false), then check the status as Node's respond() does.
function processHeaders(oldHeaders, options) {
  assertIsObject(oldHeaders, 'headers');
  const headers = Object.create(null);
  if (oldHeaders !== null && oldHeaders !== undefined) {
    for (const key in oldHeaders) {
      if (Object.hasOwn(oldHeaders, key)) headers[key] = oldHeaders[key];
    }
    headers[kSensitiveHeaders] = oldHeaders[kSensitiveHeaders];
  }
  const statusCode = headers[HTTP2_HEADER_STATUS] =
    headers[HTTP2_HEADER_STATUS] | 0 || HTTP_STATUS_OK;
  if (options.sendDate == null || options.sendDate) {
    if (headers.date === null || headers.date === undefined) headers.date = utcDate();
  }
  if (statusCode < 200 || statusCode > 599) {
    throw new ERR_HTTP2_STATUS_INVALID(headers[HTTP2_HEADER_STATUS]);
  }
  const neverIndex = headers[kSensitiveHeaders];
  if (neverIndex !== undefined && !Array.isArray(neverIndex)) {
    throw new ERR_INVALID_ARG_VALUE('headers[http2.neverIndex]', neverIndex);
  }
  return headers;
}

module.exports = {
  MAX_ADDITIONAL_SETTINGS,
  assertIsArray,
  assertIsObject,
  assertValidPseudoHeader,
  assertValidPseudoHeaderResponse,
  assertValidPseudoHeaderTrailer,
  assertWithinRange,
  checkIsHttpToken,
  getAuthority,
  getDefaultSettings,
  getPackedSettings,
  getUnpackedSettings,
  isPayloadMeaningless,
  kNoPayloadMethods,
  kSensitiveHeaders,
  kSingleValueHeaders,
  kProxySocket,
  kRequest,
  kSocket,
  mapToHeaders,
  processHeaders,
  sessionName,
  settingsToPairs,
  toHeaderObject,
  utcDate,
  validateSettings,
};
