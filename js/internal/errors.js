'use strict';
// Node's error machinery (lib/internal/errors.js): `codes.ERR_X` build instances of the real base
// class (TypeError, RangeError, Error…) with Node's `code`, message text and `[ERR_X]` stack header.

const kIsNodeError = Symbol('kIsNodeError');
// An error carrying this (a function returning the full text) wants it printed when uncaught.
const kEnhanceStackBeforeInspector = Symbol('kEnhanceStackBeforeInspector');
const messages = new Map();
const codes = {};

let inspectMod;
function lazyInspect() {
  if (!inspectMod) inspectMod = require('internal/util/inspect');
  return inspectMod;
}

// ---- stack handling ----------------------------------------------------------------------------
// SpiderMonkey keeps frames ("fn@file:1:2") on an Error.prototype accessor with no header line.
// Node errors print as "TypeError [ERR_X]: msg\n    at …": build that as an own `stack`.
const kFrame = /^(.*?)@(.*?):(\d+):(\d+)$/;

function framesOf(rawStack) {
  if (typeof rawStack !== 'string' || rawStack === '') return [];
  const lines = rawStack.split('\n').filter((l) => l !== '');
  if (lines.some((l) => l.startsWith('    at '))) {
    return lines.filter((l) => l.startsWith('    at '));           // V8-style already
  }
  const out = [];
  for (const line of lines) {
    const m = kFrame.exec(line);
    if (m === null) { out.push(`    at ${line}`); continue; }
    const fn = m[1].replace(/[/<]+$/, '').replace(/.*\//, '');
    const where = `${m[2]}:${m[3]}:${m[4]}`;
    out.push(fn ? `    at ${fn} (${where})` : `    at ${where}`);
  }
  return out;
}

// Frames from nodecompat's own JS (built-ins and their third-party deps) are not the user's.
const kJsRoot = typeof __dirname === 'string' ? __dirname.replace(/\/internal$/, '') : null;
function internalFrame(line) {
  if (/[ (]node:/.test(line)) return true;
  return kJsRoot !== null && line.includes(`${kJsRoot}/`);
}

function stackHeader(err) {
  let name;
  let message;
  try { name = err.name; message = err.message; } catch { return 'Error'; }
  if (err[kIsNodeError] && err.code !== undefined) return `${name} [${err.code}]: ${message}`;
  name = name === undefined ? 'Error' : `${name}`;
  message = message === undefined ? '' : `${message}`;
  if (name === '') return message;
  if (message === '') return name;
  return `${name}: ${message}`;
}

// Give `err` an own Node-style `stack` (header + frames captured now, internal frames dropped).
function captureLargerStackTrace(err) {
  let raw;
  try { raw = new Error().stack; } catch { raw = ''; }
  let frames = framesOf(raw).slice(1);
  const user = frames.filter((f) => !internalFrame(f));
  if (user.length > 0) frames = user;
  const limit = typeof Error.stackTraceLimit === 'number' ? Error.stackTraceLimit : 10;
  frames = frames.slice(0, limit);
  const header = stackHeader(err);
  Object.defineProperty(err, 'stack', {
    __proto__: null,
    value: frames.length ? `${header}\n${frames.join('\n')}` : header,
    writable: true, enumerable: false, configurable: true,
  });
  return err;
}

function hideStackFrames(fn) {
  return fn;
}

function isErrorStackTraceLimitWritable() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  return desc === undefined ? Object.isExtensible(Error) : desc.writable === true || 'set' in desc;
}

// ---- message building --------------------------------------------------------------------------
function assert(value, message) {
  if (!value) throw new codes.ERR_INTERNAL_ASSERTION(message);
}

function getMessage(key, args, self) {
  const msg = messages.get(key);
  if (typeof msg === 'function') {
    assert(msg.length <= args.length,
           `Code: ${key}; The provided arguments length (${args.length}) does not ` +
           `match the required ones (${msg.length}).`);
    return Reflect.apply(msg, self, args);
  }
  const expectedLength = (msg.match(/%[dfijoOs]/g) || []).length;
  assert(expectedLength === args.length,
         `Code: ${key}; The provided arguments length (${args.length}) does not ` +
         `match the required ones (${expectedLength}).`);
  if (args.length === 0) return msg;
  args.unshift(msg);
  return Reflect.apply(lazyInspect().format, null, args);
}

function makeNodeErrorWithCode(Base, key) {
  return function NodeError(...args) {
    const error = new Base();
    error.code = key;
    const message = getMessage(key, args, error);
    Object.defineProperties(error, {
      [kIsNodeError]: { __proto__: null, value: true, enumerable: false, writable: false, configurable: true },
      message: { __proto__: null, value: message, enumerable: false, writable: true, configurable: true },
      toString: {
        __proto__: null,
        value() { return `${this.name} [${key}]: ${this.message}`; },
        enumerable: false, writable: true, configurable: true,
      },
    });
    captureLargerStackTrace(error);
    return error;
  };
}

// A Node-style error (class Base, code key) around an already formatted message.
function makeNodeError(Base, key, message) {
  const error = new Base();
  error.code = key;
  Object.defineProperties(error, {
    [kIsNodeError]: { __proto__: null, value: true, enumerable: false, writable: false, configurable: true },
    message: { __proto__: null, value: message, enumerable: false, writable: true, configurable: true },
    toString: {
      __proto__: null,
      value() { return `${this.name} [${key}]: ${this.message}`; },
      enumerable: false, writable: true, configurable: true,
    },
  });
  captureLargerStackTrace(error);
  return error;
}

// E(code, message|fn, Base, ...OtherBases): Node's registration helper.
function E(sym, val, def, ...otherClasses) {
  messages.set(sym, val);
  def = makeNodeErrorWithCode(def, sym);
  for (const clazz of otherClasses) def[clazz.name] = makeNodeErrorWithCode(clazz, sym);
  codes[sym] = def;
}

function addNumericalSeparator(val) {
  let res = '';
  let i = val.length;
  const start = val[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = `_${val.slice(i - 3, i)}${res}`;
  return `${val.slice(0, i)}${res}`;
}

function determineSpecificType(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  const type = typeof value;
  switch (type) {
    case 'bigint': return `type bigint (${value}n)`;
    case 'number':
      if (value === 0) return 1 / value === -Infinity ? 'type number (-0)' : 'type number (0)';
      if (value !== value) return 'type number (NaN)';
      if (value === Infinity) return 'type number (Infinity)';
      if (value === -Infinity) return 'type number (-Infinity)';
      return `type number (${value})`;
    case 'boolean': return value ? 'type boolean (true)' : 'type boolean (false)';
    case 'symbol': return `type symbol (${String(value)})`;
    case 'function': return `function ${value.name}`;
    case 'object':
      if (value.constructor && 'name' in value.constructor) return `an instance of ${value.constructor.name}`;
      return `${lazyInspect().inspect(value, { depth: -1 })}`;
    case 'string':
      if (value.length > 28) value = `${value.slice(0, 25)}...`;
      if (value.indexOf("'") === -1) return `type string ('${value}')`;
      return `type string (${JSON.stringify(value)})`;
    default: return `type ${type}`;
  }
}

function formatList(array, type = 'and') {
  switch (array.length) {
    case 0: return '';
    case 1: return `${array[0]}`;
    case 2: return `${array[0]} ${type} ${array[1]}`;
    case 3: return `${array[0]}, ${array[1]}, ${type} ${array[2]}`;
    default: return `${array.slice(0, -1).join(', ')}, ${type} ${array[array.length - 1]}`;
  }
}

const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];
const classRegExp = /^[A-Z][a-zA-Z0-9]*$/;

// ---- system errors ------------------------------------------------------------------------------
let uvMap;
function uvTables() {
  if (uvMap === undefined) {
    uvMap = { byErrno: new Map(), byName: new Map() };
    for (const [errno, name, msg] of require('internal/util/uv_errmap')) {
      uvMap.byErrno.set(errno, [name, msg]);
      uvMap.byName.set(name, [errno, msg]);
    }
  }
  return uvMap;
}
function uvErrmapGet(errno) { return uvTables().byErrno.get(errno); }
function uvErrnoFor(code) { const e = uvTables().byName.get(code); return e ? e[0] : undefined; }
function getSystemErrorName(err) {
  if (typeof err === 'string') return err;
  const entry = uvErrmapGet(err);
  return entry ? entry[0] : `Unknown system error ${err}`;
}
function getSystemErrorMessage(err) {
  const entry = typeof err === 'string' ? uvTables().byName.get(err) : uvErrmapGet(err);
  return entry ? entry[1] : `Unknown system error ${err}`;
}
function getSystemErrorMap() {
  const m = new Map();
  for (const [errno, [name, msg]] of uvTables().byErrno) m.set(errno, [name, msg]);
  return m;
}

// Accepts an errno (negative number) or a code name; returns [code, errno].
function codeAndErrno(errOrCode) {
  if (typeof errOrCode === 'string') return [errOrCode, uvErrnoFor(errOrCode) ?? errOrCode];
  return [getSystemErrorName(errOrCode), errOrCode];
}

// ctx: {errno|code, syscall, path?, dest?, message?} as a binding reports it.
class UVException extends Error {
  constructor(ctx) {
    const [code, errno] = codeAndErrno(ctx.code !== undefined ? ctx.code : ctx.errno);
    const uvmsg = ctx.message || getSystemErrorMessage(code);
    let message = `${code}: ${uvmsg}, ${ctx.syscall}`;
    let path;
    let dest;
    if (ctx.path != null) { path = ctx.path.toString(); message += ` '${path}'`; }
    if (ctx.dest != null) { dest = ctx.dest.toString(); message += ` -> '${dest}'`; }
    super(message);
    this.errno = typeof ctx.errno === 'number' ? ctx.errno : errno;
    this.code = code;
    this.syscall = ctx.syscall;
    for (const prop of Object.keys(ctx)) {
      if (['message', 'path', 'dest', 'errno', 'code', 'syscall'].includes(prop)) continue;
      this[prop] = ctx[prop];
    }
    if (path) this.path = path;
    if (dest) this.dest = dest;
    captureLargerStackTrace(this);
  }
}

class UVExceptionWithHostPort extends Error {
  constructor(err, syscall, address, port) {
    const [code, errno] = codeAndErrno(err);
    const uvmsg = getSystemErrorMessage(code);
    let details = '';
    if (port && port > 0) details = ` ${address}:${port}`;
    else if (address) details = ` ${address}`;
    super(`${syscall} ${code}: ${uvmsg}${details}`);
    this.code = code;
    this.errno = errno;
    this.syscall = syscall;
    this.address = address;
    if (port) this.port = port;
    captureLargerStackTrace(this);
  }
}

class ErrnoException extends Error {
  constructor(err, syscall, original) {
    const [code, errno] = codeAndErrno(err);
    super(original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`);
    this.errno = errno;
    this.code = code;
    this.syscall = syscall;
    captureLargerStackTrace(this);
  }
}

class ExceptionWithHostPort extends Error {
  constructor(err, syscall, address, port, additional) {
    const [code, errno] = codeAndErrno(err);
    let details = '';
    if (port && port > 0) details = ` ${address}:${port}`;
    else if (address) details = ` ${address}`;
    if (additional) details += ` - Local (${additional})`;
    super(`${syscall} ${code}${details}`);
    this.errno = errno;
    this.code = code;
    this.syscall = syscall;
    this.address = address;
    if (port) this.port = port;
    captureLargerStackTrace(this);
  }
}

class DNSException extends Error {
  constructor(code, syscall, hostname) {
    let errno;
    if (typeof code === 'number') {
      errno = code;
      code = getSystemErrorName(code);
    }
    super(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
    this.errno = errno;  // Node: undefined for c-ares (string) codes
    this.code = code;
    this.syscall = syscall;
    if (hostname) this.hostname = hostname;
    captureLargerStackTrace(this);
  }
}

class ConnResetException extends Error {
  constructor(msg) {
    super(msg);
    this.code = 'ECONNRESET';
    captureLargerStackTrace(this);
  }
}

// The "name" of these classes must print as plain Error, like Node's.
for (const C of [UVException, UVExceptionWithHostPort, ErrnoException, ExceptionWithHostPort,
  DNSException, ConnResetException]) {
  Object.defineProperty(C.prototype, 'name', { __proto__: null, value: 'Error', writable: true, configurable: true });
  Object.defineProperty(C.prototype, 'constructor', { __proto__: null, value: Error, writable: true, configurable: true });
}

// SystemError (ERR_SYSTEM_ERROR & co): `${prefix}: ${syscall} returned ${code} (${message}) ${path} => ${dest}`
class SystemError extends Error {
  constructor(key, context) {
    let message = `${messages.get(key)}: ${context.syscall} returned ${context.code} (${context.message})`;
    if (context.path !== undefined) message += ` ${context.path}`;
    if (context.dest !== undefined) message += ` => ${context.dest}`;
    super(message);
    Object.defineProperty(this, kIsNodeError, { __proto__: null, value: true, configurable: true });
    this.code = key;
    Object.defineProperty(this, 'info', { __proto__: null, value: context, enumerable: true, configurable: true, writable: false });
    this.errno = context.errno;
    this.syscall = context.syscall;
    if (context.path !== undefined) this.path = context.path;
    if (context.dest !== undefined) this.dest = context.dest;
    captureLargerStackTrace(this);
  }
  toString() { return `${this.name} [${this.code}]: ${this.message}`; }
}
Object.defineProperty(SystemError.prototype, 'name', { __proto__: null, value: 'SystemError', writable: true, configurable: true });
function makeSystemErrorWithCode(key) {
  return class NodeError extends SystemError {
    constructor(ctx) { super(key, ctx); }
  };
}
function ES(sym, msg) {
  messages.set(sym, msg);
  codes[sym] = makeSystemErrorWithCode(sym);
}

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    if (options !== undefined && typeof options !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
    captureLargerStackTrace(this);
  }
}

function aggregateTwoErrors(innerError, outerError) {
  if (innerError && outerError && innerError !== outerError) {
    if (Array.isArray(outerError.errors)) {
      outerError.errors.push(innerError);
      return outerError;
    }
    // eslint-disable-next-line no-restricted-syntax
    const err = new AggregateError([outerError, innerError], outerError.message);
    err.code = outerError.code;
    return err;
  }
  return innerError || outerError;
}

class NodeAggregateError extends AggregateError {
  constructor(errors, message) {
    super(new Array(...errors), message);
    this.code = errors[0]?.code;
  }
  get [kIsNodeError]() { return true; }
}

function genericNodeError(message, errorProperties) {
  const err = new Error(message);
  Object.assign(err, errorProperties);
  captureLargerStackTrace(err);
  return err;
}

module.exports = {
  AbortError,
  aggregateTwoErrors,
  NodeAggregateError,
  codes,
  captureLargerStackTrace,
  ConnResetException,
  connResetException: (msg) => new ConnResetException(msg),
  DNSException,
  dnsException: (code, syscall, hostname) => new DNSException(code, syscall, hostname),
  determineSpecificType,
  E,
  ErrnoException,
  errnoException: (err, syscall, original) => new ErrnoException(err, syscall, original),
  ExceptionWithHostPort,
  exceptionWithHostPort: (...a) => new ExceptionWithHostPort(...a),
  formatList,
  framesOf,
  genericNodeError,
  getMessage,
  getSystemErrorMap,
  getSystemErrorMessage,
  getSystemErrorName,
  hideStackFrames,
  internalFrame,
  isErrorStackTraceLimitWritable,
  kEnhanceStackBeforeInspector,
  kIsNodeError,
  makeNodeError,
  stackHeader,
  SystemError,
  uvErrmapGet,
  uvErrnoFor,
  UVException,
  uvException: (ctx) => new UVException(ctx),
  UVExceptionWithHostPort,
  uvExceptionWithHostPort: (...a) => new UVExceptionWithHostPort(...a),
};

// ---- the codes ----------------------------------------------------------------------------------
E('ERR_ABORT_ERR', 'The operation was aborted', Error);
E('ERR_AMBIGUOUS_ARGUMENT', 'The "%s" argument is ambiguous. %s', TypeError);
E('ERR_ARG_NOT_ITERABLE', '%s must be iterable', TypeError);
E('ERR_ASSERTION', '%s', Error);
E('ERR_ASYNC_CALLBACK', '%s must be a function', TypeError);
E('ERR_ASYNC_TYPE', 'Invalid name for async "type": %s', TypeError);
E('ERR_BUFFER_OUT_OF_BOUNDS',
  (name = undefined) => {
    if (name) return `"${name}" is outside of buffer bounds`;
    return 'Attempt to access memory outside buffer bounds';
  }, RangeError);
E('ERR_BUFFER_TOO_LARGE', 'Cannot create a Buffer larger than %s bytes', RangeError);
E('ERR_CONSOLE_WRITABLE_STREAM', 'Console expects a writable stream instance for %s', TypeError);
E('ERR_CONTEXT_NOT_INITIALIZED', 'context used is not initialized', Error);
E('ERR_DIR_CLOSED', 'Directory handle was closed', Error);
E('ERR_DIR_CONCURRENT_OPERATION',
  'Cannot do synchronous work on directory handle with concurrent asynchronous operations', Error);
E('ERR_ENCODING_INVALID_ENCODED_DATA', function(encoding, ret) {
  this.errno = ret;
  return `The encoded data was not valid for encoding ${encoding}`;
}, TypeError);
E('ERR_ENCODING_NOT_SUPPORTED', 'The "%s" encoding is not supported', RangeError);
E('ERR_EVAL_ESM_CANNOT_PRINT', '--print cannot be used with ESM input', Error);
E('ERR_EVENT_RECURSION', 'The event "%s" is already being dispatched', Error);
E('ERR_FALSY_VALUE_REJECTION', function(reason) {
  this.reason = reason;
  return 'Promise was rejected with falsy value';
}, Error);
E('ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
  'The feature %s is unavailable on the current platform, which is being used to run Node.js', TypeError);
E('ERR_FS_FILE_TOO_LARGE', 'File size (%s) is greater than 2 GiB', RangeError);
E('ERR_FS_INVALID_SYMLINK_TYPE',
  'Symlink type must be one of "dir", "file", or "junction". Received "%s"', Error);
E('ERR_HTTP_BODY_NOT_ALLOWED', 'Adding content for this request method or response status is not allowed.', Error);
E('ERR_HTTP_CONTENT_LENGTH_MISMATCH',
  'Response body\'s content-length of %s byte(s) does not match the content-length of %s byte(s) set in header', Error);
E('ERR_HTTP_REQUEST_TIMEOUT', 'Request timeout', Error);
E('ERR_HTTP_SOCKET_ASSIGNED', 'ServerResponse has an already assigned socket', Error);
E('ERR_HTTP_HEADERS_SENT', 'Cannot %s headers after they are sent to the client', Error);
E('ERR_HTTP_INVALID_HEADER_VALUE', 'Invalid value "%s" for header "%s"', TypeError);
E('ERR_HTTP_INVALID_STATUS_CODE', 'Invalid status code: %s', RangeError);
E('ERR_HTTP_SOCKET_ENCODING',
  'Changing the socket encoding is not allowed per RFC7230 Section 3.', Error);
E('ERR_HTTP_TRAILER_INVALID', 'Trailers are invalid with this transfer encoding', Error);
E('ERR_HTTP2_ALTSVC_INVALID_ORIGIN', 'HTTP/2 ALTSVC frames require a valid origin', TypeError);
E('ERR_HTTP2_ALTSVC_LENGTH', 'HTTP/2 ALTSVC frames are limited to 16382 bytes', TypeError);
E('ERR_HTTP2_CONNECT_AUTHORITY', ':authority header is required for CONNECT requests', Error);
E('ERR_HTTP2_CONNECT_PATH', 'The :path header is forbidden for CONNECT requests', Error);
E('ERR_HTTP2_CONNECT_SCHEME', 'The :scheme header is forbidden for CONNECT requests', Error);
E('ERR_HTTP2_ERROR', '%s', Error);
E('ERR_HTTP2_GOAWAY_SESSION', 'New streams cannot be created after receiving a GOAWAY', Error);
E('ERR_HTTP2_HEADERS_AFTER_RESPOND', 'Cannot specify additional headers after response initiated', Error);
E('ERR_HTTP2_HEADERS_SENT', 'Response has already been initiated.', Error);
E('ERR_HTTP2_HEADER_SINGLE_VALUE', 'Header field "%s" must only have a single value', TypeError);
E('ERR_HTTP2_INFO_STATUS_NOT_ALLOWED', 'Informational status codes cannot be used', RangeError);
E('ERR_HTTP2_INVALID_CONNECTION_HEADERS',
  'HTTP/1 Connection specific headers are forbidden: "%s"', TypeError);
E('ERR_HTTP2_INVALID_HEADER_VALUE', 'Invalid value "%s" for header "%s"', TypeError);
E('ERR_HTTP2_INVALID_INFO_STATUS', 'Invalid informational status code: %s', RangeError);
E('ERR_HTTP2_INVALID_ORIGIN', 'HTTP/2 ORIGIN frames require a valid origin', TypeError);
E('ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH', 'Packed settings length must be a multiple of six', RangeError);
E('ERR_HTTP2_INVALID_PSEUDOHEADER', '"%s" is an invalid pseudoheader or is used incorrectly', TypeError);
E('ERR_HTTP2_INVALID_SESSION', 'The session has been destroyed', Error);
E('ERR_HTTP2_INVALID_SETTING_VALUE',
  // Default parameters keep Function#length at 2, as in Node.
  function(name, actual, min = undefined, max = undefined) {
    this.actual = actual;
    if (min !== undefined) {
      this.min = min;
      this.max = max;
    }
    return `Invalid value for setting "${name}": ${actual}`;
  }, TypeError, RangeError);
E('ERR_HTTP2_INVALID_STREAM', 'The stream has been destroyed', Error);
E('ERR_HTTP2_MAX_PENDING_SETTINGS_ACK', 'Maximum number of pending settings acknowledgements', Error);
E('ERR_HTTP2_NESTED_PUSH', 'A push stream cannot initiate another push stream.', Error);
E('ERR_HTTP2_NO_MEM', 'Out of memory', Error);
E('ERR_HTTP2_NO_SOCKET_MANIPULATION',
  'HTTP/2 sockets should not be directly manipulated (e.g. read and written)', Error);
E('ERR_HTTP2_ORIGIN_LENGTH', 'HTTP/2 ORIGIN frames are limited to 16382 bytes', TypeError);
E('ERR_HTTP2_OUT_OF_STREAMS', 'No stream ID is available because maximum stream ID has been reached', Error);
E('ERR_HTTP2_PAYLOAD_FORBIDDEN', 'Responses with %s status must not have a payload', Error);
E('ERR_HTTP2_PING_CANCEL', 'HTTP2 ping cancelled', Error);
E('ERR_HTTP2_PING_LENGTH', 'HTTP2 ping payload must be 8 bytes', RangeError);
E('ERR_HTTP2_PSEUDOHEADER_NOT_ALLOWED', 'Cannot set HTTP/2 pseudo-headers', TypeError);
E('ERR_HTTP2_PUSH_DISABLED', 'HTTP/2 client has disabled push streams', Error);
E('ERR_HTTP2_SEND_FILE', 'Directories cannot be sent', Error);
E('ERR_HTTP2_SEND_FILE_NOSEEK', 'Offset or length can only be specified for regular files', Error);
E('ERR_HTTP2_SESSION_ERROR', 'Session closed with error code %s', Error);
E('ERR_HTTP2_SETTINGS_CANCEL', 'HTTP2 session settings canceled', Error);
E('ERR_HTTP2_SOCKET_BOUND', 'The socket is already bound to an Http2Session', Error);
E('ERR_HTTP2_SOCKET_UNBOUND', 'The socket has been disconnected from the Http2Session', Error);
E('ERR_HTTP2_STATUS_101', 'HTTP status code 101 (Switching Protocols) is forbidden in HTTP/2', Error);
E('ERR_HTTP2_STATUS_INVALID', 'Invalid status code: %s', RangeError);
E('ERR_HTTP2_STREAM_CANCEL', function(error) {
  let msg = 'The pending stream has been canceled';
  if (error) {
    this.cause = error;
    if (typeof error.message === 'string') msg += ` (caused by: ${error.message})`;
  }
  return msg;
}, Error);
E('ERR_HTTP2_STREAM_ERROR', 'Stream closed with error code %s', Error);
E('ERR_HTTP2_STREAM_SELF_DEPENDENCY', 'A stream cannot depend on itself', Error);
E('ERR_HTTP2_TOO_MANY_CUSTOM_SETTINGS', 'Number of custom settings exceeds MAX_ADDITIONAL_SETTINGS', Error);
E('ERR_HTTP2_TOO_MANY_INVALID_FRAMES', 'Too many invalid HTTP/2 frames', Error);
E('ERR_HTTP2_TRAILERS_ALREADY_SENT', 'Trailing headers have already been sent', Error);
E('ERR_HTTP2_TRAILERS_NOT_READY',
  'Trailing headers cannot be sent until after the wantTrailers event is emitted', Error);
E('ERR_HTTP2_UNSUPPORTED_PROTOCOL', 'protocol "%s" is unsupported.', Error);
E('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError);
E('ERR_IMPORT_ATTRIBUTE_MISSING',
  'Module "%s" needs an import attribute of "%s: %s"', TypeError);
E('ERR_INCOMPATIBLE_OPTION_PAIR', 'Option "%s" cannot be used in combination with option "%s"', TypeError);
E('ERR_INTERNAL_ASSERTION', (message) => {
  const suffix = 'This is caused by either a bug in Node.js ' +
    'or incorrect usage of Node.js internals.\n' +
    'Please open an issue with this stack trace at ' +
    'https://github.com/nodejs/node/issues\n';
  return message === undefined ? suffix : `${message}\n${suffix}`;
}, Error);
E('ERR_INVALID_ADDRESS', 'Invalid socket address', Error);
E('ERR_INVALID_ADDRESS_FAMILY', function(addressType, host, port) {
  this.host = host;
  this.port = port;
  return `Invalid address family: ${addressType} ${host}:${port}`;
}, RangeError);
E('ERR_INVALID_ARG_TYPE', (name, expected, actual) => {
  assert(typeof name === 'string', "'name' must be a string");
  if (!Array.isArray(expected)) expected = [expected];
  let msg = 'The ';
  if (name.endsWith(' argument')) {
    msg += `${name} `;
  } else {
    const type = name.includes('.') ? 'property' : 'argument';
    msg += `"${name}" ${type} `;
  }
  msg += 'must be ';
  const types = [];
  const instances = [];
  const other = [];
  for (const value of expected) {
    assert(typeof value === 'string', 'All expected entries have to be of type string');
    if (kTypes.includes(value)) {
      types.push(value.toLowerCase());
    } else if (classRegExp.exec(value) !== null) {
      instances.push(value);
    } else {
      assert(value !== 'object', 'The value "object" should be written as "Object"');
      other.push(value);
    }
  }
  // "object" is listed among the instances when other classes are accepted too.
  if (instances.length > 0) {
    const pos = types.indexOf('object');
    if (pos !== -1) {
      types.splice(pos, 1);
      instances.push('Object');
    }
  }
  if (types.length > 0) {
    msg += `${types.length > 1 ? 'one of type' : 'of type'} ${formatList(types, 'or')}`;
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    msg += `an instance of ${formatList(instances, 'or')}`;
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 0) {
    if (other.length > 1) {
      msg += `one of ${formatList(other, 'or')}`;
    } else {
      if (other[0].toLowerCase() !== other[0]) msg += 'an ';
      msg += `${other[0]}`;
    }
  }
  msg += `. Received ${determineSpecificType(actual)}`;
  return msg;
}, TypeError);
E('ERR_INVALID_ARG_VALUE', (name, value, reason = 'is invalid') => {
  let inspected = lazyInspect().inspect(value);
  if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
  const type = name.includes('.') ? 'property' : 'argument';
  return `The ${type} '${name}' ${reason}. Received ${inspected}`;
}, TypeError, RangeError);
E('ERR_INVALID_ASYNC_ID', 'Invalid %s value: %s', RangeError);
E('ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of %s', RangeError);
E('ERR_INVALID_CHAR', (name, field = undefined) => {
  let msg = `Invalid character in ${name}`;
  if (field !== undefined) msg += ` ["${field}"]`;
  return msg;
}, TypeError);
E('ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column', TypeError);
E('ERR_INVALID_FD', '"fd" must be a positive integer: %s', RangeError);
E('ERR_INVALID_FD_TYPE', 'Unsupported fd type: %s', TypeError);
E('ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on %s', TypeError);
E('ERR_INVALID_FILE_URL_PATH', 'File URL path %s', TypeError);
E('ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent', TypeError);
E('ERR_INVALID_HTTP_TOKEN', '%s must be a valid HTTP token ["%s"]', TypeError);
E('ERR_INVALID_IP_ADDRESS', 'Invalid IP address: %s', TypeError);
E('ERR_INVALID_MODULE_SPECIFIER', (request, reason, base = undefined) => {
  return `Invalid module "${request}" ${reason}${base ? ` imported from ${base}` : ''}`;
}, TypeError);
E('ERR_INVALID_PACKAGE_CONFIG', (path, base, message) => {
  return `Invalid package config ${path}${base ? ` while importing ${base}` : ''}${message ? `. ${message}` : ''}`;
}, Error);
E('ERR_INVALID_PROTOCOL', 'Protocol "%s" not supported. Expected "%s"', TypeError);
E('ERR_INVALID_RETURN_PROPERTY', (input, name, prop, value) => {
  return `Expected a valid ${input} to be returned for the "${prop}" from the` +
         ` "${name}" hook but got ${determineSpecificType(value)}.`;
}, TypeError);
E('ERR_INVALID_RETURN_PROPERTY_VALUE', (input, name, prop, value) => {
  return `Expected ${input} to be returned for the "${prop}" from the` +
         ` "${name}" hook but got ${determineSpecificType(value)}.`;
}, TypeError);
E('ERR_INVALID_RETURN_VALUE', (input, name, value) => {
  const type = determineSpecificType(value);
  return `Expected ${input} to be returned from the "${name}"` +
         ` function but got ${type}.`;
}, TypeError, RangeError);
E('ERR_INVALID_STATE', 'Invalid state: %s', Error, TypeError, RangeError);
E('ERR_INVALID_SYNC_FORK_INPUT', 'Asynchronous forks do not support Buffer, TypedArray, DataView or string input: %s', TypeError);
E('ERR_INVALID_THIS', 'Value of "this" must be of type %s', TypeError);
E('ERR_INVALID_TUPLE', '%s must be an iterable %s tuple', TypeError);
E('ERR_INVALID_URI', 'URI malformed', URIError);
E('ERR_INVALID_URL', function(input, base = null) {
  this.input = input;
  if (base != null) this.base = base;
  // Don't include URL in message (may contain sensitive data).
  return 'Invalid URL';
}, TypeError);
E('ERR_INVALID_URL_SCHEME', (expected) => {
  if (typeof expected === 'string') expected = [expected];
  assert(expected.length <= 2);
  const res = expected.length === 2 ?
    `one of scheme ${expected[0]} or ${expected[1]}` :
    `of scheme ${expected[0]}`;
  return `The URL must be ${res}`;
}, TypeError);
E('ERR_IPC_CHANNEL_CLOSED', 'Channel closed', Error);
E('ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected', Error);
E('ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe', Error);
E('ERR_IPC_SYNC_FORK', 'IPC cannot be used with synchronous forks', Error);
E('ERR_CHILD_CLOSED_BEFORE_REPLY', 'Child closed before reply received', Error);
E('ERR_CHILD_PROCESS_STDIO_MAXBUFFER', '%s maxBuffer length exceeded', RangeError);
E('ERR_CRYPTO_HASH_FINALIZED', 'Digest already called', Error);
E('ERR_CRYPTO_HASH_UPDATE_FAILED', 'Hash update failed', Error);
E('ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: %s', TypeError);
E('ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length', RangeError);
E('ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation %s', Error);
E('ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', 'Invalid scrypt parameter', Error);
E('ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length', RangeError);
E('ERR_METHOD_NOT_IMPLEMENTED', 'The %s method is not implemented', Error);
E('ERR_MISSING_ARGS', (...args) => {
  assert(args.length > 0, 'At least one arg needs to be specified');
  let msg = 'The ';
  const len = args.length;
  const wrap = (a) => `"${a}"`;
  args = args.map((a) => (Array.isArray(a) ? a.map(wrap).join(' or ') : wrap(a)));
  switch (len) {
    case 1: msg += `${args[0]} argument`; break;
    case 2: msg += `${args[0]} and ${args[1]} arguments`; break;
    default:
      msg += args.slice(0, len - 1).join(', ');
      msg += `, and ${args[len - 1]} arguments`;
      break;
  }
  return `${msg} must be specified`;
}, TypeError);
E('ERR_MISSING_OPTION', '%s is required', TypeError);
E('ERR_MODULE_NOT_FOUND', function(path, base, exactUrl) {
  if (exactUrl) this.url = exactUrl;
  return `Cannot find ${exactUrl ? 'module' : 'package'} '${path}' imported from ${base}`;
}, Error);
E('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times', Error);
E('ERR_NAPI_INVALID_DATAVIEW_ARGS', 'byte_offset + byte_length should be less than or equal to the size in bytes of the array passed in', RangeError);
E('ERR_NO_CRYPTO', 'Node.js is not compiled with OpenSSL crypto support', Error);
E('ERR_NO_ICU', '%s is not supported on Node.js compiled without ICU', TypeError);
E('ERR_OPERATION_FAILED', 'Operation failed: %s', Error, TypeError);
E('ERR_OUT_OF_RANGE', (str, range, input, replaceDefaultBoolean = false) => {
  assert(range, 'Missing "range" argument');
  let msg = replaceDefaultBoolean ? str : `The value of "${str}" is out of range.`;
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else {
    received = lazyInspect().inspect(input);
  }
  msg += ` It must be ${range}. Received ${received}`;
  return msg;
}, RangeError);
E('ERR_PACKAGE_IMPORT_NOT_DEFINED', (specifier, packagePath, base) => {
  return `Package import specifier "${specifier}" is not defined${packagePath ?
    ` in package ${packagePath}package.json` : ''} imported from ${base}`;
}, TypeError);
E('ERR_PACKAGE_PATH_NOT_EXPORTED', (pkgPath, subpath, base = undefined) => {
  if (subpath === '.') {
    return `No "exports" main defined in ${pkgPath}package.json${base ? ` imported from ${base}` : ''}`;
  }
  return `Package subpath '${subpath}' is not defined by "exports" in ${pkgPath}package.json${base ? ` imported from ${base}` : ''}`;
}, Error);
E('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', '%s', TypeError);
E('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', "Unexpected argument '%s'. This " +
  'command does not take positional arguments', TypeError);
E('ERR_PARSE_ARGS_UNKNOWN_OPTION', (option, allowPositionals) => {
  const suggestDashDash = allowPositionals ? `. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- ${JSON.stringify(option)}` : '';
  return `Unknown option '${option}'${suggestDashDash}`;
}, TypeError);
E('ERR_PERFORMANCE_INVALID_TIMESTAMP', '%d is not a valid timestamp', TypeError);
E('ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', '%s', TypeError);
E('ERR_REQUIRE_ESM', function(filename, hasEsmSyntax, parentPath = null) {
  return `require() of ES Module ${filename}${parentPath ? ` from ${parentPath}` : ''} not supported.`;
}, Error);
E('ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.', Error);
E('ERR_SERVER_NOT_RUNNING', 'Server is not running.', Error);
E('ERR_SOCKET_ALREADY_BOUND', 'Socket is already bound', Error);
E('ERR_SOCKET_BAD_BUFFER_SIZE', 'Buffer size must be a positive integer', TypeError);
E('ERR_SOCKET_BAD_PORT', (name, port, allowZero = true) => {
  assert(typeof allowZero === 'boolean', "The 'allowZero' argument must be of type boolean.");
  const operator = allowZero ? '>=' : '>';
  return `${name} should be ${operator} 0 and < 65536. Received ${determineSpecificType(port)}.`;
}, RangeError);
E('ERR_SOCKET_BAD_TYPE', 'Bad socket type specified. Valid types are: udp4, udp6', TypeError);
E('ERR_SOCKET_CLOSED', 'Socket is closed', Error);
E('ERR_SOCKET_CLOSED_BEFORE_CONNECTION', 'Socket closed before the connection was established', Error);
E('ERR_SOCKET_CONNECTION_TIMEOUT', 'Socket connection timeout', Error);
E('ERR_SOCKET_DGRAM_IS_CONNECTED', 'Already connected', Error);
E('ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Not connected', Error);
E('ERR_SOCKET_DGRAM_NOT_RUNNING', 'Not running', Error);
E('ERR_SRI_PARSE', 'Subresource Integrity string %j had an unexpected %j at position %d', SyntaxError);
E('ERR_STREAM_ALREADY_FINISHED', 'Cannot call %s after a stream was finished', Error);
E('ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable', Error);
E('ERR_STREAM_DESTROYED', 'Cannot call %s after a stream was destroyed', Error);
E('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError);
E('ERR_STREAM_PREMATURE_CLOSE', 'Premature close', Error);
E('ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF', Error);
E('ERR_STREAM_UNABLE_TO_PIPE', 'Cannot pipe to a closed or destroyed stream', Error);
E('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event', Error);
E('ERR_STREAM_WRAP', 'Stream has StringDecoder set or is in objectMode', Error);
E('ERR_STREAM_WRITE_AFTER_END', 'write after end', Error);
E('ERR_SYNTHETIC', 'JavaScript Callstack', Error);
E('ERR_TLS_ALPN_CALLBACK_INVALID_RESULT', (value, protocols) => {
  return `ALPN callback returned a value (${value}) that did not match any of the client's offered protocols (${protocols.join(', ')})`;
}, TypeError);
E('ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS', 'The ALPNCallback and ALPNProtocols TLS options are mutually exclusive', TypeError);
E('ERR_TLS_CERT_ALTNAME_FORMAT', 'Invalid subject alternative name string', SyntaxError);
E('ERR_TLS_CERT_ALTNAME_INVALID', function(reason, host, cert) {
  this.reason = reason;
  this.host = host;
  this.cert = cert;
  return `Hostname/IP does not match certificate's altnames: ${reason}`;
}, Error);
E('ERR_TLS_DH_PARAM_SIZE', 'DH parameter size %s is less than 2048', Error);
E('ERR_TLS_HANDSHAKE_TIMEOUT', 'TLS handshake timeout', Error);
E('ERR_TLS_INVALID_CONTEXT', '%s must be a SecureContext', TypeError);
E('ERR_TLS_INVALID_PROTOCOL_VERSION', '%j is not a valid %s TLS protocol version', TypeError);
E('ERR_TLS_INVALID_STATE', 'TLS socket connection must be securely established', Error);
E('ERR_TLS_PROTOCOL_VERSION_CONFLICT', 'TLS protocol version %j conflicts with secureProtocol %j', TypeError);
E('ERR_TLS_PSK_SET_IDENTIY_HINT_FAILED', 'Failed to set PSK identity hint', Error);
E('ERR_TLS_RENEGOTIATION_DISABLED', 'TLS session renegotiation disabled for this socket', Error);
E('ERR_TLS_REQUIRED_SERVER_NAME', '"servername" is required parameter for Server.addContext', Error);
E('ERR_TLS_SESSION_ATTACK', 'TLS session renegotiation attack detected', Error);
E('ERR_TLS_SNI_FROM_SERVER', 'Cannot issue SNI from a TLS server-side socket', Error);
E('ERR_UNAVAILABLE_DURING_EXIT', 'Cannot call function in process exit handler', Error);
E('ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET',
  '`process.setupUncaughtExceptionCapture()` was called while a capture callback was already active', Error);
E('ERR_UNESCAPED_CHARACTERS', '%s contains unescaped characters', TypeError);
E('ERR_UNHANDLED_ERROR', (err = undefined) => {
  const msg = 'Unhandled error.';
  if (err === undefined) return msg;
  return `${msg} (${err})`;
}, Error);
E('ERR_UNKNOWN_BUILTIN_MODULE', 'No such built-in module: %s', Error);
E('ERR_UNKNOWN_ENCODING', 'Unknown encoding: %s', TypeError);
E('ERR_UNKNOWN_FILE_EXTENSION', (ext, path, suggestion = undefined) => {
  let msg = `Unknown file extension "${ext}" for ${path}`;
  if (suggestion) msg += `. ${suggestion}`;
  return msg;
}, TypeError);
E('ERR_UNKNOWN_MODULE_FORMAT', 'Unknown module format: %s for URL %s', RangeError);
E('ERR_UNKNOWN_SIGNAL', 'Unknown signal: %s', TypeError);
E('ERR_UNSUPPORTED_DIR_IMPORT', function(path, base, exactUrl) {
  this.url = exactUrl;
  return `Directory import '${path}' is not supported resolving ES modules imported from ${base}`;
}, Error);
E('ERR_UNSUPPORTED_ESM_URL_SCHEME', (url, supported) => {
  let msg = `Only URLs with a scheme in: ${formatList(supported)} are supported by the default ESM loader`;
  if (process.platform === 'win32' && /^[a-zA-Z]:$/.test(url.protocol)) {
    msg += '. On Windows, absolute paths must be valid file:// URLs';
  }
  msg += `. Received protocol '${url.protocol}'`;
  return msg;
}, Error);
E('ERR_USE_AFTER_CLOSE', '%s was closed', Error);
E('ERR_WORKER_UNSUPPORTED_OPERATION', '%s is not supported in workers', TypeError);

ES('ERR_FS_CP_DIR_TO_NON_DIR', 'Cannot overwrite non-directory with directory');
ES('ERR_FS_CP_EEXIST', 'Target already exists');
ES('ERR_FS_CP_EINVAL', 'Invalid src or dest');
ES('ERR_FS_CP_NON_DIR_TO_DIR', 'Cannot overwrite directory with non-directory');
ES('ERR_FS_EISDIR', 'Path is a directory');
ES('ERR_SOCKET_BUFFER_SIZE', 'Could not get or set buffer size');
ES('ERR_SYSTEM_ERROR', 'A system error occurred');
ES('ERR_TTY_INIT_FAILED', 'TTY initialization failed');
