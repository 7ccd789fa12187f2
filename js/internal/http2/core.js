'use strict';
// Node's http2 core API (sessions, streams, servers, connect) over the engine. The engine's
// events arrive through handle.js, which calls the on* functions below the way Node's native
// layer calls lib/internal/http2/core.js; event order and errors follow Node v20.

const EventEmitter = require('events');
const net = require('net');
const { Duplex } = require('stream');
const { Buffer } = require('buffer');

const {
  AbortError,
  aggregateTwoErrors,
  codes: {
    ERR_HTTP2_ALTSVC_INVALID_ORIGIN,
    ERR_HTTP2_ALTSVC_LENGTH,
    ERR_HTTP2_CONNECT_AUTHORITY,
    ERR_HTTP2_CONNECT_PATH,
    ERR_HTTP2_CONNECT_SCHEME,
    ERR_HTTP2_GOAWAY_SESSION,
    ERR_HTTP2_HEADERS_AFTER_RESPOND,
    ERR_HTTP2_HEADERS_SENT,
    ERR_HTTP2_INVALID_INFO_STATUS,
    ERR_HTTP2_INVALID_ORIGIN,
    ERR_HTTP2_INVALID_SESSION,
    ERR_HTTP2_INVALID_STREAM,
    ERR_HTTP2_MAX_PENDING_SETTINGS_ACK,
    ERR_HTTP2_NESTED_PUSH,
    ERR_HTTP2_NO_MEM,
    ERR_HTTP2_NO_SOCKET_MANIPULATION,
    ERR_HTTP2_ORIGIN_LENGTH,
    ERR_HTTP2_OUT_OF_STREAMS,
    ERR_HTTP2_PAYLOAD_FORBIDDEN,
    ERR_HTTP2_PING_CANCEL,
    ERR_HTTP2_PING_LENGTH,
    ERR_HTTP2_PUSH_DISABLED,
    ERR_HTTP2_SEND_FILE,
    ERR_HTTP2_SEND_FILE_NOSEEK,
    ERR_HTTP2_SESSION_ERROR,
    ERR_HTTP2_SETTINGS_CANCEL,
    ERR_HTTP2_SOCKET_BOUND,
    ERR_HTTP2_SOCKET_UNBOUND,
    ERR_HTTP2_STATUS_101,
    ERR_HTTP2_STREAM_CANCEL,
    ERR_HTTP2_STREAM_ERROR,
    ERR_HTTP2_STREAM_SELF_DEPENDENCY,
    ERR_HTTP2_TOO_MANY_CUSTOM_SETTINGS,
    ERR_HTTP2_TRAILERS_ALREADY_SENT,
    ERR_HTTP2_TRAILERS_NOT_READY,
    ERR_HTTP2_UNSUPPORTED_PROTOCOL,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_CHAR,
    ERR_INVALID_HTTP_TOKEN,
    ERR_INVALID_URL,
    ERR_OUT_OF_RANGE,
    ERR_SOCKET_CLOSED,
  },
} = require('internal/errors');
const { captureLargerStackTrace, getMessage, kIsNodeError } = require('internal/errors');
const {
  validateBoolean,
  validateBuffer,
  validateFunction,
  validateInt32,
  validateInteger,
  validateNumber,
  validateString,
  validateUint32,
} = require('internal/validators');

const constants = require('internal/http2/constants');
const {
  MAX_ADDITIONAL_SETTINGS,
  assertIsArray,
  assertIsObject,
  assertValidPseudoHeader,
  assertValidPseudoHeaderResponse,
  assertValidPseudoHeaderTrailer,
  checkIsHttpToken,
  getAuthority,
  getDefaultSettings,
  getPackedSettings,
  getUnpackedSettings,
  isPayloadMeaningless,
  kProxySocket,
  kRequest,
  kSensitiveHeaders,
  kSocket,
  mapToHeaders,
  processHeaders,
  settingsToPairs,
  toHeaderObject,
  validateSettings,
} = require('internal/http2/util');
const perf = require('internal/http2/perf');
const { SessionHandle } = require('internal/http2/handle');

const {
  NGHTTP2_CANCEL,
  NGHTTP2_DEFAULT_WEIGHT,
  NGHTTP2_ENHANCE_YOUR_CALM,
  NGHTTP2_INTERNAL_ERROR,
  NGHTTP2_NO_ERROR,
  NGHTTP2_REFUSED_STREAM,
  NGHTTP2_SESSION_CLIENT,
  NGHTTP2_SESSION_SERVER,
  HTTP2_HEADER_AUTHORITY,
  HTTP2_HEADER_CONTENT_LENGTH,
  HTTP2_HEADER_METHOD,
  HTTP2_HEADER_PATH,
  HTTP2_HEADER_PROTOCOL,
  HTTP2_HEADER_SCHEME,
  HTTP2_HEADER_STATUS,
  HTTP2_METHOD_CONNECT,
  HTTP2_METHOD_GET,
  HTTP2_METHOD_HEAD,
  HTTP_STATUS_CONTINUE,
  HTTP_STATUS_MISDIRECTED_REQUEST,
  HTTP_STATUS_NO_CONTENT,
  HTTP_STATUS_NOT_MODIFIED,
  HTTP_STATUS_RESET_CONTENT,
  HTTP_STATUS_SWITCHING_PROTOCOLS,
} = constants;

// Not in the public table; the values are nghttp2's.
const NGHTTP2_FLAG_END_STREAM = 1;
const NGHTTP2_FLAG_END_HEADERS = 4;
const NGHTTP2_HCAT_REQUEST = 0;
const NGHTTP2_HCAT_RESPONSE = 1;
const NGHTTP2_HCAT_PUSH_RESPONSE = 2;
const NGHTTP2_ERR_STREAM_ID_NOT_AVAILABLE = -509;
const NGHTTP2_ERR_INVALID_ARGUMENT = -501;
const NGHTTP2_ERR_STREAM_CLOSED = -510;
const REFUSED_AFTER_GOAWAY = -1000;  // binding.py: request() after the peer's GOAWAY
const NGHTTP2_ERR_NOMEM = -901;
const STREAM_OPTION_EMPTY_PAYLOAD = 1;
const STREAM_OPTION_GET_TRAILERS = 2;

const kMaxFrameSize = 2 ** 24 - 1;
const kMaxInt = 2 ** 32 - 1;
const kMaxStreams = 2 ** 32 - 1;
const kMaxALTSVC = 2 ** 14 - 2;
const kQuotedString = /^[\x09\x20-\x5b\x5d-\x7e\x80-\xff]*$/;

// Error code number -> 'NGHTTP2_*' name (ERR_HTTP2_STREAM_ERROR / SESSION_ERROR messages).
const nameForErrorCode = [];
for (const name of ['NO_ERROR', 'PROTOCOL_ERROR', 'INTERNAL_ERROR', 'FLOW_CONTROL_ERROR',
  'SETTINGS_TIMEOUT', 'STREAM_CLOSED', 'FRAME_SIZE_ERROR', 'REFUSED_STREAM', 'CANCEL',
  'COMPRESSION_ERROR', 'CONNECT_ERROR', 'ENHANCE_YOUR_CALM', 'INADEQUATE_SECURITY',
  'HTTP_1_1_REQUIRED']) {
  nameForErrorCode[constants[`NGHTTP2_${name}`]] = `NGHTTP2_${name}`;
}

const kAlpnProtocol = Symbol('alpnProtocol');
const kAuthority = Symbol('authority');
const kEncrypted = Symbol('encrypted');
const kHandle = Symbol('handle');
const kID = Symbol('id');
const kInit = Symbol('init');
const kInfoHeaders = Symbol('sent-info-headers');
const kLocalSettings = Symbol('local-settings');
const kMaybeDestroy = Symbol('maybe-destroy');
const kOptions = Symbol('options');
const kOrigin = Symbol('origin');
const kPendingRequestCalls = Symbol('kPendingRequestCalls');
const kProceed = Symbol('proceed');
const kProtocol = Symbol('protocol');
const kRemoteSettings = Symbol('remote-settings');
const kSentHeaders = Symbol('sent-headers');
const kSentTrailers = Symbol('sent-trailers');
const kServer = Symbol('server');
const kSession = Symbol('session');
const kBoundSession = Symbol('boundSession');
const kState = Symbol('state');
const kTimeout = Symbol('timeout');
const kType = Symbol('type');
const kUpdateTimer = Symbol('update-timer');
const kWriteGeneric = Symbol('write-generic');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

const STREAM_FLAGS_PENDING = 0x0;
const STREAM_FLAGS_READY = 0x1;
const STREAM_FLAGS_CLOSED = 0x2;
const STREAM_FLAGS_HEADERS_SENT = 0x4;
const STREAM_FLAGS_HEAD_REQUEST = 0x8;
const STREAM_FLAGS_ABORTED = 0x10;
const STREAM_FLAGS_HAS_TRAILERS = 0x20;

const SESSION_FLAGS_PENDING = 0x0;
const SESSION_FLAGS_READY = 0x1;
const SESSION_FLAGS_CLOSED = 0x2;
const SESSION_FLAGS_DESTROYED = 0x4;

function emit(self, ...args) {
  self.emit(...args);
}

// As Node's: constructor.name 'NghttpError', name 'Error', stack header "Error [CODE]: msg".
class NghttpError extends Error {
  constructor(integerCode, customErrorCode) {
    super(customErrorCode ? getMessage(customErrorCode, [], null) : nghttp2ErrorString(integerCode));
    this.code = customErrorCode || 'ERR_HTTP2_ERROR';
    this.errno = integerCode;
    captureLargerStackTrace(this);
  }

  get [kIsNodeError]() { return true; }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}
Object.defineProperty(NghttpError.prototype, 'name', { value: 'Error', writable: true, configurable: true });
// respond() reaches the engine a little later (handle.js batches it): its refusal comes back here
require('internal/http2/handle').setErrorFactory((code) => new NghttpError(code));

function nghttp2ErrorString(code) {
  switch (code) {
    case -505: return 'Protocol error';
    case -509: return 'No more Stream ID available';
    case -510: return 'Stream was already closed or invalid';
    case -501: return 'Invalid argument';
    case -522: return 'The length of the frame is invalid';
    case -523: return 'Header compression/decompression error';
    case -524: return 'Flow control error';
    case -529: return 'Stream was refused';
    case -532: return 'Invalid header block';
    case -904: return 'Flooding was detected in this HTTP/2 session, and it must be closed';
    default: return 'Unknown error code';
  }
}

// --- callbacks from the engine (handle.js), `this` is the session or stream handle ---------------

function onSessionHeaders(handle, id, cat, flags, headers, sensitiveHeaders) {
  const session = this.owner;
  if (session === undefined || session.destroyed) return;
  // Node passes the frame's flags: a complete block always has END_HEADERS (nghttp2 copies it
  // from the last CONTINUATION onto the HEADERS frame).
  flags |= NGHTTP2_FLAG_END_HEADERS;
  const type = session[kType];
  session[kUpdateTimer]();
  const streams = session[kState].streams;
  const endOfStream = !!(flags & NGHTTP2_FLAG_END_STREAM);
  let stream = streams.get(id);
  const obj = toHeaderObject(headers, sensitiveHeaders);

  if (stream === undefined) {
    if (session.closed) {
      handle.rstStream(NGHTTP2_REFUSED_STREAM);
      handle.destroy();
      return;
    }
    if (type === NGHTTP2_SESSION_SERVER) {
      stream = new ServerHttp2Stream(session, handle, id, {}, obj);
      if (endOfStream) stream.push(null);
      if (obj[HTTP2_HEADER_METHOD] === HTTP2_METHOD_HEAD) {
        stream.end();
        stream[kState].flags |= STREAM_FLAGS_HEAD_REQUEST;
      }
    } else {
      stream = new ClientHttp2Stream(session, handle, id, {});
      if (endOfStream) stream.push(null);
      stream.end();
    }
    if (endOfStream) stream[kState].endAfterHeaders = true;
    perf.streamMark(stream, 'firstHeader');
    process.nextTick(emit, session, 'stream', stream, obj, flags, headers);
  } else {
    perf.streamMark(stream, 'firstHeader');
    let event;
    const status = obj[HTTP2_HEADER_STATUS];
    if (cat === NGHTTP2_HCAT_RESPONSE) {
      event = (!endOfStream && status !== undefined && status >= 100 && status < 200) ?
        'headers' : 'response';
    } else if (cat === NGHTTP2_HCAT_PUSH_RESPONSE) {
      event = 'push';
    } else if (status !== undefined && status >= 200) {
      event = 'response';
    } else {
      event = endOfStream ? 'trailers' : 'headers';
    }
    if (status === HTTP_STATUS_MISDIRECTED_REQUEST) {
      const originSet = session[kState].originSet = initOriginSet(session);
      originSet.delete(stream[kOrigin]);
    }
    process.nextTick(emit, stream, event, obj, flags, headers);
  }
  if (endOfStream) stream.push(null);
}

// DATA for a stream: returns whether the engine may acknowledge it (readable not over its mark).
function onStreamData(buf) {
  const stream = this.owner;
  if (stream === undefined || stream.destroyed) return true;
  stream[kUpdateTimer]();
  perf.streamRead(stream, buf.length);
  return stream.push(buf);
}

function onStreamEnd() {
  const stream = this.owner;
  if (stream !== undefined && !stream.destroyed) stream.push(null);
}

function onStreamTrailers() {
  const stream = this.owner;
  stream[kState].trailersReady = true;
  if (stream.destroyed || stream.closed) return;
  stream[kState].inWantTrailers = true;
  try {
    if (!stream.emit('wantTrailers')) stream.sendTrailers({});
  } finally {
    stream[kState].inWantTrailers = false;
  }
}

function onStreamClose(code) {
  const stream = this.owner;
  if (!stream || stream.destroyed) return false;
  if (!stream.closed) closeStream(stream, code, kNoRstStream);
  stream[kState].fd = -1;
  if (!stream.readable || code !== NGHTTP2_NO_ERROR) {
    stream.destroy();
  } else {
    stream.on('end', stream[kMaybeDestroy]);
    stream.push(null);
    if (stream[kSession][kType] === NGHTTP2_SESSION_SERVER &&
        !stream[kState].didRead && stream.readableFlowing === null) {
      stream.resume();
    } else {
      stream.read(0);
    }
  }
  return true;
}

function onPing(payload) {
  const session = this.owner;
  if (session === undefined || session.destroyed) return;
  session[kUpdateTimer]();
  session.emit('ping', payload);
}

function onSettings() {
  const session = this.owner;
  if (session === undefined || session.destroyed) return;
  session[kUpdateTimer]();
  session[kRemoteSettings] = undefined;
  session.emit('remoteSettings', session.remoteSettings);
}

function onPriority(id, parent, weight, exclusive) {
  const session = this.owner;
  if (session === undefined || session.destroyed) return;
  const emitter = session[kState].streams.get(id) || session;
  if (!emitter.destroyed) {
    emitter[kUpdateTimer]();
    emitter.emit('priority', id, parent, weight, exclusive);
  }
}

function onFrameError(id, type, code) {
  const session = this.owner;
  if (session === undefined || session.destroyed) return;
  const stream = session[kState].streams.get(id);
  const emitter = stream || session;
  emitter[kUpdateTimer]();
  emitter.emit('frameError', type, code, id);
  // Until this immediate's session.close(), node's nghttp2 packs a new request's HEADERS after
  // the GOAWAY it submits, so the request is refused (REFUSED_STREAM): requestOnConnect checks this.
  session[kState].frameErrorClose = (session[kState].frameErrorClose | 0) + 1;
  setImmediate(() => {
    session[kState].frameErrorClose--;
    if (stream) stream.close(code);
    session.close();
  });
}

function onAltSvc(stream, origin, alt) {
  const session = this.owner;
  if (session === undefined || session.destroyed) return;
  session[kUpdateTimer]();
  session.emit('altsvc', alt, origin, stream);
}

function initOriginSet(session) {
  let originSet = session[kState].originSet;
  if (originSet === undefined) {
    const socket = session[kSocket];
    session[kState].originSet = originSet = new Set();
    let hostName = socket.servername;
    if (hostName === null || hostName === false || hostName === undefined) {
      hostName = socket.remoteFamily === 'IPv6' ? `[${socket.remoteAddress}]` : socket.remoteAddress;
    }
    let originString = `https://${hostName}`;
    if (socket.remotePort != null) originString += `:${socket.remotePort}`;
    try {
      originSet.add(new URL(originString).origin);
    } catch {
      originSet.add(originString);
    }
  }
  return originSet;
}

function onOrigin(origins) {
  const session = this.owner;
  if (session === undefined || session.destroyed) return;
  session[kUpdateTimer]();
  if (!session.encrypted || session.destroyed) return;
  const originSet = initOriginSet(session);
  for (const o of origins) originSet.add(o);
  session.emit('origin', origins);
}

function onGoawayData(code, lastStreamID, buf) {
  const session = this.owner;
  if (session === undefined || session.destroyed) return;
  const state = session[kState];
  state.goawayCode = code;
  state.goawayLastStreamID = lastStreamID;
  session.emit('goaway', code, lastStreamID, buf);
  if (code === NGHTTP2_NO_ERROR) {
    session.close();
  } else {
    session.destroy(new ERR_HTTP2_SESSION_ERROR(code), NGHTTP2_NO_ERROR);
  }
}

// The engine failed the connection (protocol error from the peer, flood limits...).
function onSessionInternalError(kind, h2code) {
  const session = this.owner;
  if (session === undefined) return;
  let err;
  // The rapid-reset limit (GOAWAY INTERNAL_ERROR) and maxSettings (GOAWAY ENHANCE_YOUR_CALM):
  // nghttp2 terminates the session itself without telling Node.
  if (kind === 'ERR_HTTP2_SESSION_ERROR' &&
      (h2code === NGHTTP2_INTERNAL_ERROR || h2code === NGHTTP2_ENHANCE_YOUR_CALM)) return session.destroy();
  if (kind === 'ERR_HTTP2_SESSION_ERROR') err = new ERR_HTTP2_SESSION_ERROR(h2code);
  else if (kind === 'ERR_HTTP2_FLOODED') err = new NghttpError(-904);  // control-ACK flood
  else if (kind === 'ERR_HTTP2_MAX_PENDING_SETTINGS_ACK') err = new ERR_HTTP2_MAX_PENDING_SETTINGS_ACK();
  else if (kind === 'ERR_HTTP2_TOO_MANY_INVALID_FRAMES') err = new NghttpError(-902, kind);
  else err = new NghttpError(-505);
  session.destroy(err);
}

const handleCallbacks = {
  onSessionHeaders, onStreamData, onStreamEnd, onStreamTrailers, onStreamClose, onPing,
  onSettings, onPriority, onFrameError, onAltSvc, onOrigin, onGoawayData, onSessionInternalError,
};

// --- session ---------------------------------------------------------------------------------------

function settingsCallback(cb, ack, duration) {
  this[kState].pendingAck--;
  this[kLocalSettings] = undefined;
  if (ack) {
    const settings = this.localSettings;
    if (typeof cb === 'function') cb(null, settings, duration);
    this.emit('localSettings', settings);
  } else if (typeof cb === 'function') {
    cb(new ERR_HTTP2_SETTINGS_CANCEL());
  }
}

function packSettingsForEngine(settings) {
  const pairs = settingsToPairs(settings);
  const buf = new Uint8Array(pairs.length * 6);
  const dv = new DataView(buf.buffer);
  pairs.forEach(([id, v], i) => {
    dv.setUint16(i * 6, id);
    dv.setUint32(i * 6 + 2, v);
  });
  return buf;
}

function submitSettings(settings, callback) {
  if (this.destroyed) return;
  this[kUpdateTimer]();
  if (!this[kHandle].settings(packSettingsForEngine(settings),
                              settingsCallback.bind(this, callback))) {
    this.destroy(new ERR_HTTP2_MAX_PENDING_SETTINGS_ACK());
  }
}

function submitGoaway(code, lastStreamID, opaqueData) {
  if (this.destroyed) return;
  this[kUpdateTimer]();
  // Node's native Goaway(): a lastStreamID <= 0 means nghttp2's last processed stream id
  if (lastStreamID <= 0) lastStreamID = this[kHandle].refreshState()[4];
  this[kHandle].goaway(code, lastStreamID, opaqueData);
}

const kSocketMethodsForbidden = new Set(['destroy', 'emit', 'end', 'pause', 'read', 'resume',
  'write', 'setEncoding', 'setKeepAlive', 'setNoDelay']);

const proxySocketHandler = {
  get(session, prop) {
    if (prop === 'setTimeout' || prop === 'ref' || prop === 'unref') {
      return session[prop].bind(session);
    }
    if (kSocketMethodsForbidden.has(prop)) throw new ERR_HTTP2_NO_SOCKET_MANIPULATION();
    const socket = boundSocket(session);
    if (socket === undefined) throw new ERR_HTTP2_SOCKET_UNBOUND();
    const value = socket[prop];
    return typeof value === 'function' ? value.bind(socket) : value;
  },
  getPrototypeOf(session) {
    const socket = boundSocket(session);
    if (socket === undefined) throw new ERR_HTTP2_SOCKET_UNBOUND();
    return Reflect.getPrototypeOf(socket);
  },
  set(session, prop, value) {
    if (prop === 'setTimeout' || prop === 'ref' || prop === 'unref') {
      session[prop] = value;
      return true;
    }
    if (kSocketMethodsForbidden.has(prop)) throw new ERR_HTTP2_NO_SOCKET_MANIPULATION();
    const socket = boundSocket(session);
    if (socket === undefined) throw new ERR_HTTP2_SOCKET_UNBOUND();
    socket[prop] = value;
    return true;
  },
};

// Node unbinds the socket inside destroy() (its handle's ondone runs at once); ours runs when
// the engine reports the transport gone, so a destroyed session counts as unbound already.
function boundSocket(session) {
  return session.destroyed ? undefined : session[kSocket];
}

function pingCallback(cb, session) {
  return function pingCallback(ack, duration, payload) {
    if (ack) perf.sessionPing(session, duration);
    if (ack) cb(null, duration, payload);
    else cb(new ERR_HTTP2_PING_CANCEL());
  };
}

function setAndValidatePriorityOptions(options) {
  if (options.weight === undefined) options.weight = NGHTTP2_DEFAULT_WEIGHT;
  else validateNumber(options.weight, 'options.weight');
  if (options.parent === undefined) options.parent = 0;
  else validateNumber(options.parent, 'options.parent', 0);
  if (options.exclusive === undefined) options.exclusive = false;
  else validateBoolean(options.exclusive, 'options.exclusive');
  if (options.silent === undefined) options.silent = false;
  else validateBoolean(options.silent, 'options.silent');
}

function setupHandle(socket, type, options) {
  if (this.destroyed) {
    process.nextTick(emit, this, 'connect', this, socket);
    return;
  }
  this[kState].flags |= SESSION_FLAGS_READY;
  const settings = typeof options.settings === 'object' ? options.settings : {};
  validateSettings(settings);
  // A Duplex that is not a net.Socket (no native handle): the engine's transport is JS-backed.
  const jsPipe = socket._handle ? null : require('internal/http2/js_stream').createPipe(socket);
  const handle = new SessionHandle(type, handleCallbacks);
  handle.owner = this;
  // The initial SETTINGS go out with the connection preface; 'localSettings' follows their ACK.
  handle.consume(jsPipe ? jsPipe.pipe : socket._handle, packSettingsForEngine({ ...settings }), engineOptions(options));
  this[kState].pendingAck++;
  handle.expectSettingsAck(settingsCallback.bind(this, undefined));
  // Bytes the socket read before the engine took its transport (e.g. a client preface sent right
  // after the TLS handshake) are still in its readable buffer: they come first.
  if (socket.readableLength) {
    let buf;
    while ((buf = socket.read()) !== null) handle.receive(buf);
  }
  if (jsPipe !== null) require('internal/http2/js_stream').listen(socket, jsPipe);
  handle.ongracefulclosecomplete = this[kMaybeDestroy].bind(this, null);
  this[kHandle] = handle;
  perf.sessionHandle(this, handle);
  if (socket.encrypted) {
    this[kAlpnProtocol] = socket.alpnProtocol;
    this[kEncrypted] = true;
  } else {
    this[kAlpnProtocol] = 'h2c';
    this[kEncrypted] = false;
  }
  if (type === NGHTTP2_SESSION_SERVER && Array.isArray(options.origins)) {
    this.origin(...options.origins);
  }
  process.nextTick(emit, this, 'connect', this, socket);
}

// Session limits Node passes to nghttp2, in handle.js's numbers[] order.
function engineOptions(options) {
  const num = (v) => (typeof v === 'number' ? v : undefined);
  return [
    num(options.maxDeflateDynamicTableSize), num(options.maxReservedRemoteStreams),
    num(options.maxSendHeaderBlockLength), num(options.peerMaxConcurrentStreams),
    num(options.paddingStrategy), num(options.maxHeaderListPairs),
    num(options.maxOutstandingPings), num(options.maxOutstandingSettings),
    num(options.maxSessionMemory), num(options.maxSettings),
    num(options.maxSessionInvalidFrames), num(options.maxSessionRejectedStreams),
  ];
}

function emitClose(self, error) {
  if (error) self.emit('error', error);
  self.emit('close');
}

function cleanupSession(session) {
  const socket = session[kSocket];
  const handle = session[kHandle];
  // Node's entry comes from the native session: none for a session that never got its handle.
  if (handle !== undefined) {
    perf.sessionEnd(session, socket, session[kType] === NGHTTP2_SESSION_SERVER ? 'server' : 'client');
  }
  session[kProxySocket] = undefined;
  session[kSocket] = undefined;
  session[kHandle] = undefined;
  if (handle) {
    handle.ondone = null;
    handle.owner = undefined;
  }
  if (socket) {
    socket[kBoundSession] = undefined;
    socket[kServer] = undefined;
  }
}

function finishSessionClose(session, error) {
  const socket = session[kSocket];
  cleanupSession(session);
  if (socket && !socket.destroyed) {
    socket.once('close', () => emitClose(session, error));
    if (session.closed) socket.resume();
    socket.end(() => {
      if (!session.closed) setImmediate(() => socket.destroy(error));
    });
  } else {
    process.nextTick(emitClose, session, error);
  }
}

function closeSession(session, code, error) {
  const state = session[kState];
  state.flags |= SESSION_FLAGS_DESTROYED;
  state.destroyCode = code;
  session.setTimeout(0);
  session.removeAllListeners('timeout');
  if (state.pendingStreams.size > 0 || state.streams.size > 0) {
    const cancel = new ERR_HTTP2_STREAM_CANCEL(error);
    state.pendingStreams.forEach((stream) => stream.destroy(cancel));
    state.streams.forEach((stream) => stream.destroy(error));
  }
  const socket = session[kSocket];
  const handle = session[kHandle];
  if (handle !== undefined) {
    handle.ondone = finishSessionClose.bind(null, session, error);
    handle.destroy(code, socket.destroyed);
  } else {
    finishSessionClose(session, error);
  }
}

function setStreamTimeout(msecs, callback) {
  if (this.destroyed) return this;
  this.timeout = msecs;
  msecs = getTimerDuration(msecs, 'msecs');
  if (this[kTimeout]) {
    clearTimeout(this[kTimeout]);
    this[kTimeout] = null;
  }
  if (msecs === 0) {
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.removeListener('timeout', callback);
    }
  } else {
    this[kTimeout] = setTimeout(this._onTimeout.bind(this), msecs);
    if (this[kTimeout].unref) this[kTimeout].unref();
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.once('timeout', callback);
    }
  }
  return this;
}

function getTimerDuration(msecs, name) {
  validateNumber(msecs, name);
  if (msecs < 0 || !Number.isFinite(msecs)) {
    throw new ERR_OUT_OF_RANGE(name, 'a non-negative finite number', msecs);
  }
  return msecs;
}

function refreshTimer(self) {
  const t = self[kTimeout];
  if (!t) return;
  if (typeof t.refresh === 'function') {
    t.refresh();
  } else {
    clearTimeout(t);
    self[kTimeout] = setTimeout(self._onTimeout.bind(self), self.timeout);
    if (self[kTimeout].unref) self[kTimeout].unref();
  }
}

class Http2Session extends EventEmitter {
  constructor(type, options, socket) {
    super();
    if (socket[kBoundSession] !== undefined) throw new ERR_HTTP2_SOCKET_BOUND();
    socket[kBoundSession] = this;
    socket.on('error', socketOnError);
    socket.on('close', socketOnClose);
    this[kState] = {
      destroyCode: NGHTTP2_NO_ERROR,
      flags: SESSION_FLAGS_PENDING,
      goawayCode: null,
      goawayLastStreamID: null,
      streams: new Map(),
      pendingStreams: new Set(),
      pendingAck: 0,
      shutdownWritableCalled: false,
      writeQueueSize: 0,
      originSet: undefined,
    };
    this[kEncrypted] = undefined;
    this[kAlpnProtocol] = undefined;
    this[kType] = type;
    perf.sessionStart(this);
    this[kProxySocket] = null;
    this[kSocket] = socket;
    this[kTimeout] = null;
    this[kHandle] = undefined;
    if (typeof socket.setNoDelay === 'function') socket.setNoDelay();
    const setupFn = setupHandle.bind(this, socket, type, options);
    if (socket.connecting || socket.secureConnecting) {
      const connectEvent = socket instanceof require('tls').TLSSocket ? 'secureConnect' : 'connect';
      socket.once(connectEvent, () => {
        try {
          setupFn();
        } catch (error) {
          socket.destroy(error);
        }
      });
    } else {
      setupFn();
    }
  }

  get encrypted() { return this[kEncrypted]; }

  get alpnProtocol() { return this[kAlpnProtocol]; }

  get originSet() {
    if (!this.encrypted || this.destroyed) return undefined;
    return Array.from(initOriginSet(this));
  }

  get connecting() { return (this[kState].flags & SESSION_FLAGS_READY) === 0; }

  get closed() { return !!(this[kState].flags & SESSION_FLAGS_CLOSED); }

  get destroyed() { return !!(this[kState].flags & SESSION_FLAGS_DESTROYED); }

  [kUpdateTimer]() {
    if (this.destroyed) return;
    refreshTimer(this);
  }

  setNextStreamID(id) {
    if (this.destroyed) throw new ERR_HTTP2_INVALID_SESSION();
    validateNumber(id, 'id');
    if (id <= 0 || id > kMaxStreams) throw new ERR_OUT_OF_RANGE('id', `> 0 and <= ${kMaxStreams}`, id);
    this[kHandle].setNextStreamID(id);
  }

  setLocalWindowSize(windowSize) {
    if (this.destroyed) throw new ERR_HTTP2_INVALID_SESSION();
    validateInt32(windowSize, 'windowSize', 0);
    const ret = this[kHandle].setLocalWindowSize(windowSize);
    if (ret === NGHTTP2_ERR_NOMEM) this.destroy(new ERR_HTTP2_NO_MEM());
  }

  ping(payload, callback) {
    if (this.destroyed) throw new ERR_HTTP2_INVALID_SESSION();
    if (typeof payload === 'function') {
      callback = payload;
      payload = undefined;
    }
    if (payload) {
      validateBuffer(payload, 'payload');
      if (payload.byteLength !== 8) throw new ERR_HTTP2_PING_LENGTH();
    }
    validateFunction(callback, 'callback');
    const cb = pingCallback(callback, this);
    if (this.connecting || this.closed) {
      process.nextTick(cb, false, 0.0, payload);
      return;
    }
    const bytes = payload ?
      new Uint8Array(payload.buffer, payload.byteOffset, payload.byteLength) : null;
    let settled = false;
    const once = (ack, duration, data) => {
      if (settled) return;
      settled = true;
      cb(ack, duration, data);
    };
    const ret = this[kHandle].ping(bytes, once);
    // Node's native ping cancels synchronously (too many outstanding pings): the callback runs
    // before ping() returns false
    if (!ret) once(false, 0, undefined);
    return ret;
  }

  [kInspect](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    const obj = {
      type: this[kType],
      closed: this.closed,
      destroyed: this.destroyed,
      state: this.state,
      localSettings: this.localSettings,
      remoteSettings: this.remoteSettings,
    };
    return `Http2Session ${require('util').inspect(obj, opts)}`;
  }

  get socket() {
    const proxySocket = this[kProxySocket];
    if (this.destroyed) return undefined;  // see boundSocket()
    if (proxySocket === null) return this[kProxySocket] = new Proxy(this, proxySocketHandler);
    return proxySocket;
  }

  get type() { return this[kType]; }

  get goawayCode() { return this[kState].goawayCode || NGHTTP2_NO_ERROR; }

  get goawayLastStreamID() { return this[kState].goawayLastStreamID || 0; }

  get pendingSettingsAck() { return this[kState].pendingAck > 0; }

  get state() {
    if (this.connecting || this.destroyed) return {};
    const n = this[kHandle].refreshState();
    return {
      effectiveLocalWindowSize: n[0],
      effectiveRecvDataLength: n[1],
      nextStreamID: n[2],
      localWindowSize: n[3],
      lastProcStreamID: n[4],
      remoteWindowSize: n[5],
      outboundQueueSize: n[6],
      deflateDynamicTableSize: n[7],
      inflateDynamicTableSize: n[8],
    };
  }

  get localSettings() {
    const settings = this[kLocalSettings];
    if (settings !== undefined) return settings;
    if (this.destroyed || this.connecting) return {};
    return this[kLocalSettings] = settingsFromNumbers(this[kHandle].localSettings());
  }

  get remoteSettings() {
    const settings = this[kRemoteSettings];
    if (settings !== undefined) return settings;
    if (this.destroyed || this.connecting) return {};
    return this[kRemoteSettings] = settingsFromNumbers(this[kHandle].remoteSettings());
  }

  settings(settings, callback) {
    if (this.destroyed) throw new ERR_HTTP2_INVALID_SESSION();
    assertIsObject(settings, 'settings');
    validateSettings(settings);
    if (callback) validateFunction(callback, 'callback');
    this[kState].pendingAck++;
    const settingsFn = submitSettings.bind(this, { ...settings }, callback);
    if (this.connecting) {
      this.once('connect', settingsFn);
      return;
    }
    settingsFn();
  }

  goaway(code = NGHTTP2_NO_ERROR, lastStreamID = 0, opaqueData) {
    if (this.destroyed) throw new ERR_HTTP2_INVALID_SESSION();
    if (opaqueData !== undefined) validateBuffer(opaqueData, 'opaqueData');
    validateNumber(code, 'code');
    validateNumber(lastStreamID, 'lastStreamID');
    const bytes = opaqueData !== undefined ?
      new Uint8Array(opaqueData.buffer, opaqueData.byteOffset, opaqueData.byteLength) : undefined;
    const goawayFn = submitGoaway.bind(this, code, lastStreamID, bytes);
    if (this.connecting) {
      this.once('connect', goawayFn);
      return;
    }
    goawayFn();
  }

  destroy(error = NGHTTP2_NO_ERROR, code) {
    if (this.destroyed) return;
    if (typeof error === 'number') {
      code = error;
      error = code !== NGHTTP2_NO_ERROR ? new ERR_HTTP2_SESSION_ERROR(code) : undefined;
    }
    if (code === undefined && error != null) code = NGHTTP2_INTERNAL_ERROR;
    closeSession(this, code, error);
  }

  close(callback) {
    if (this.closed || this.destroyed) return;
    this[kState].flags |= SESSION_FLAGS_CLOSED;
    if (typeof callback === 'function') this.once('close', callback);
    this.goaway();
    const handle = this[kHandle];
    if (handle) handle.setGracefulClose();
    this[kMaybeDestroy]();
    // node re-checks once its GOAWAY is written (MaybeNotifyGracefulCloseComplete); ours is
    // flushed before the next immediate, so check again then
    const state = this[kState];
    if (!this.destroyed && !state.maybeDestroyQueued) {
      state.maybeDestroyQueued = true;
      setImmediate(sessionMaybeDestroy, this);
    }
  }

  [EventEmitter.captureRejectionSymbol || Symbol('captureRejection')](err, event, ...args) {
    if (event === 'stream') args[0].destroy(err);
    else this.destroy(err);
  }

  [kMaybeDestroy](error) {
    if (error == null) {
      const handle = this[kHandle];
      const state = this[kState];
      // hasPendingData() crosses into Python: ask last (an open session returns at once)
      if (!this.closed || state.streams.size > 0 || state.pendingStreams.size > 0 ||
          (!!handle && handle.hasPendingData())) {
        return;
      }
    }
    this.destroy(error);
  }

  _onTimeout() { callTimeout(this, this); }

  ref() { if (this[kSocket]) this[kSocket].ref(); }

  unref() { if (this[kSocket]) this[kSocket].unref(); }
}

function settingsFromNumbers(n) {
  return {
    headerTableSize: n[0],
    enablePush: !!n[1],
    initialWindowSize: n[2],
    maxFrameSize: n[3],
    maxConcurrentStreams: n[4],
    maxHeaderListSize: n[5],
    maxHeaderSize: n[5],
    enableConnectProtocol: !!n[6],
  };
}

class ServerHttp2Session extends Http2Session {
  constructor(options, socket, server) {
    super(NGHTTP2_SESSION_SERVER, options, socket);
    this[kServer] = server;
  }

  get server() { return this[kServer]; }

  altsvc(alt, originOrStream) {
    if (this.destroyed) throw new ERR_HTTP2_INVALID_SESSION();
    let stream = 0;
    let origin;
    if (typeof originOrStream === 'string') {
      origin = urlOrigin(originOrStream);
      if (origin === 'null') throw new ERR_HTTP2_ALTSVC_INVALID_ORIGIN();
    } else if (typeof originOrStream === 'number') {
      if (originOrStream >>> 0 !== originOrStream || originOrStream === 0) {
        throw new ERR_OUT_OF_RANGE('originOrStream', `> 0 && < ${2 ** 32}`, originOrStream);
      }
      stream = originOrStream;
    } else if (originOrStream !== undefined) {
      if (originOrStream !== null && typeof originOrStream === 'object') origin = originOrStream.origin;
      if (typeof origin !== 'string') {
        throw new ERR_INVALID_ARG_TYPE('originOrStream', ['string', 'number', 'URL', 'object'],
                                       originOrStream);
      } else if (origin === 'null' || origin.length === 0) {
        throw new ERR_HTTP2_ALTSVC_INVALID_ORIGIN();
      }
    }
    validateString(alt, 'alt');
    if (!kQuotedString.test(alt)) throw new ERR_INVALID_CHAR('alt');
    if ((alt.length + (origin !== undefined ? origin.length : 0)) > kMaxALTSVC) {
      throw new ERR_HTTP2_ALTSVC_LENGTH();
    }
    this[kHandle].altsvc(stream, origin || '', alt);
  }

  origin(...origins) {
    if (this.destroyed) throw new ERR_HTTP2_INVALID_SESSION();
    if (origins.length === 0) return;
    let arr = '';
    let len = 0;
    for (let origin of origins) {
      if (typeof origin === 'string') origin = urlOrigin(origin);
      else if (origin != null && typeof origin === 'object') origin = origin.origin;
      validateString(origin, 'origin');
      if (origin === 'null') throw new ERR_HTTP2_INVALID_ORIGIN();
      arr += `${origin}\0`;
      len += origin.length;
    }
    if (len > kMaxALTSVC) throw new ERR_HTTP2_ORIGIN_LENGTH();
    this[kHandle].origin(arr, origins.length);
  }
}

// Node's getURLOrigin: the serialized origin, ERR_INVALID_URL for an unparsable string.
function urlOrigin(s) {
  let url;
  try {
    url = new URL(s);
  } catch (err) {
    if (err && err.code === 'ERR_INVALID_URL') throw err;
    throw new ERR_INVALID_URL(s);
  }
  return url.origin;
}

function requestOnConnect(headers, options) {
  const session = this[kSession];
  if (session === undefined || session.destroyed) return;
  if (session.closed) {
    this.destroy(new ERR_HTTP2_GOAWAY_SESSION());
    return;
  }
  let streamOptions = 0;
  if (options.endStream) streamOptions |= STREAM_OPTION_EMPTY_PAYLOAD;
  // nghttp2 asks for trailers only through a data provider, which an empty payload has none of
  else if (options.waitForTrailers) streamOptions |= STREAM_OPTION_GET_TRAILERS;
  const ret = session[kState].frameErrorClose ? REFUSED_AFTER_GOAWAY :
    session[kHandle].request(headers, streamOptions, options.parent | 0,
                             options.weight | 0, !!options.exclusive);
  if (typeof ret === 'number') {
    switch (ret) {
      case NGHTTP2_ERR_STREAM_ID_NOT_AVAILABLE:
        this.destroy(new ERR_HTTP2_OUT_OF_STREAMS());
        break;
      case REFUSED_AFTER_GOAWAY:   // nghttp2 closes it with REFUSED_STREAM when it would be sent
        setImmediate(() => {
          if (this.destroyed) return;
          closeStream(this, NGHTTP2_REFUSED_STREAM, kNoRstStream);
          this.destroy();
        });
        break;
      case NGHTTP2_ERR_INVALID_ARGUMENT:
        this.destroy(new ERR_HTTP2_STREAM_SELF_DEPENDENCY());
        break;
      default:
        session.destroy(new NghttpError(ret));
    }
    return;
  }
  if (ret.id() === undefined) {       // queued by the engine until a stream slot frees
    ret.onready = (id) => this[kInit](id, ret);
    return;
  }
  this[kInit](ret.id(), ret);
}

class ClientHttp2Session extends Http2Session {
  constructor(options, socket) {
    super(NGHTTP2_SESSION_CLIENT, options, socket);
    this[kPendingRequestCalls] = null;
  }

  request(headers, options) {
    if (this.destroyed) throw new ERR_HTTP2_INVALID_SESSION();
    if (this.closed) throw new ERR_HTTP2_GOAWAY_SESSION();
    this[kUpdateTimer]();
    if (headers !== null && headers !== undefined) {
      for (const header of Object.keys(headers)) {
        if (header[0] === ':') {
          assertValidPseudoHeader(header);
        } else if (header && !checkIsHttpToken(header)) {
          this.destroy(new ERR_INVALID_HTTP_TOKEN('Header name', header));
        }
      }
    }
    assertIsObject(headers, 'headers');
    assertIsObject(options, 'options');
    headers = Object.assign({ __proto__: null }, headers);
    options = { ...options };
    if (headers[HTTP2_HEADER_METHOD] === undefined) headers[HTTP2_HEADER_METHOD] = HTTP2_METHOD_GET;
    const connect = headers[HTTP2_HEADER_METHOD] === HTTP2_METHOD_CONNECT;
    if (!connect || headers[HTTP2_HEADER_PROTOCOL] !== undefined) {
      if (getAuthority(headers) === undefined) headers[HTTP2_HEADER_AUTHORITY] = this[kAuthority];
      if (headers[HTTP2_HEADER_SCHEME] === undefined) {
        headers[HTTP2_HEADER_SCHEME] = this[kProtocol].slice(0, -1);
      }
      if (headers[HTTP2_HEADER_PATH] === undefined) headers[HTTP2_HEADER_PATH] = '/';
    } else {
      if (headers[HTTP2_HEADER_AUTHORITY] === undefined) throw new ERR_HTTP2_CONNECT_AUTHORITY();
      if (headers[HTTP2_HEADER_SCHEME] !== undefined) throw new ERR_HTTP2_CONNECT_SCHEME();
      if (headers[HTTP2_HEADER_PATH] !== undefined) throw new ERR_HTTP2_CONNECT_PATH();
    }
    setAndValidatePriorityOptions(options);
    if (options.endStream === undefined) {
      options.endStream = isPayloadMeaningless(headers[HTTP2_HEADER_METHOD]);
    } else {
      validateBoolean(options.endStream, 'options.endStream');
    }
    const headersList = mapToHeaders(headers);
    const stream = new ClientHttp2Stream(this, undefined, undefined, {});
    stream[kSentHeaders] = headers;
    stream[kOrigin] = `${headers[HTTP2_HEADER_SCHEME]}://${getAuthority(headers)}`;
    if (options.endStream) stream.end();
    if (options.waitForTrailers) stream[kState].flags |= STREAM_FLAGS_HAS_TRAILERS;
    const { signal } = options;
    if (signal) {
      if (typeof signal !== 'object' || !('aborted' in signal)) {
        throw new ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
      }
      const aborter = () => stream.destroy(new AbortError(undefined, { cause: signal.reason }));
      if (signal.aborted) {
        aborter();
      } else {
        signal.addEventListener('abort', aborter, { once: true });
        stream.once('close', () => signal.removeEventListener('abort', aborter));
      }
    }
    const onConnect = requestOnConnect.bind(stream, headersList, options);
    if (this.connecting) {
      if (this[kPendingRequestCalls] !== null) {
        this[kPendingRequestCalls].push(onConnect);
      } else {
        this[kPendingRequestCalls] = [onConnect];
        this.once('connect', () => {
          this[kPendingRequestCalls].forEach((f) => f());
          this[kPendingRequestCalls] = null;
        });
      }
    } else {
      onConnect();
    }
    return stream;
  }
}

// --- streams ---------------------------------------------------------------------------------------

function trackWriteState(stream, bytes) {
  const session = stream[kSession];
  stream[kState].writeQueueSize += bytes;
  session[kState].writeQueueSize += bytes;
}

function streamOnResume() {
  if (!this.destroyed && this[kHandle]) this[kHandle].readStart();
}

function streamOnPause() {
  if (!this.destroyed && !this.pending && this[kHandle]) this[kHandle].readStop();
}

function shutdownWritable(callback) {
  const handle = this[kHandle];
  if (!handle) return callback();
  const state = this[kState];
  if (state.shutdownWritableCalled) return callback();
  state.shutdownWritableCalled = true;
  handle.shutdown(() => {
    this.on('finish', () => this[kMaybeDestroy]());
    callback();
  });
}

function finishSendTrailers(stream, headersList) {
  if (stream.destroyed) return;
  stream[kState].flags &= ~STREAM_FLAGS_HAS_TRAILERS;
  const ret = stream[kHandle].trailers(headersList);
  if (ret < 0 && ret !== NGHTTP2_ERR_STREAM_CLOSED) stream.destroy(new NghttpError(ret));
  else stream[kMaybeDestroy]();
}

const kNoRstStream = 0;
const kSubmitRstStream = 1;
const kForceRstStream = 2;

function closeStream(stream, code, rstStreamStatus = kSubmitRstStream) {
  const state = stream[kState];
  state.flags |= STREAM_FLAGS_CLOSED;
  state.rstCode = code;
  stream.setTimeout(0);
  stream.removeAllListeners('timeout');
  const { ending } = stream._writableState;
  if (!ending) {
    if (!stream.aborted) {
      state.flags |= STREAM_FLAGS_ABORTED;
      stream.emit('aborted');
    }
    stream.end();
  }
  if (rstStreamStatus !== kNoRstStream) {
    const finishFn = finishCloseStream.bind(stream, code);
    if (!ending || stream.writableFinished || code !== NGHTTP2_NO_ERROR ||
        rstStreamStatus === kForceRstStream) {
      finishFn();
    } else {
      stream.once('finish', finishFn);
    }
  }
}

function finishCloseStream(code) {
  const rstStreamFn = () => { if (this[kHandle] !== undefined) this[kHandle].rstStream(code); };
  if (this.pending) {
    this.push(null);
    this.once('ready', rstStreamFn);
    return;
  }
  rstStreamFn();
}

// Short ASCII strings (the usual string body) are the same bytes in these encodings: copy the char
// codes into a scratch array instead of a Buffer (handle.js copies a chunk before it returns).
const kAsciiEncodings = new Set(['utf8', 'utf-8', 'latin1', 'binary', 'ascii']);
const asciiScratch = new Uint8Array(1024);
function asciiBytes(str, encoding) {
  const n = str.length;
  if (n > asciiScratch.length || !kAsciiEncodings.has(encoding)) return null;
  for (let i = 0; i < n; i++) {
    const c = str.charCodeAt(i);
    if (c > 0x7f) return null;
    asciiScratch[i] = c;
  }
  return asciiScratch.subarray(0, n);
}

function toBytes(data, encoding, scratch) {
  if (typeof data === 'string') {
    return (scratch && asciiBytes(data, encoding)) || Buffer.from(data, encoding);
  }
  if (data instanceof Uint8Array) return data;
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

class Http2Stream extends Duplex {
  constructor(session, options) {
    options.allowHalfOpen = true;
    options.decodeStrings = false;
    options.autoDestroy = false;
    super(options);
    this.cork();
    this[kSession] = session;
    session[kState].pendingStreams.add(this);
    this._readableState.readingMore = true;
    this[kTimeout] = null;
    this[kState] = {
      didRead: false,
      flags: STREAM_FLAGS_PENDING,
      rstCode: NGHTTP2_NO_ERROR,
      writeQueueSize: 0,
      trailersReady: false,
      endAfterHeaders: false,
    };
    this[kRequest] = null;
    this[kProxySocket] = null;
    this.on('pause', streamOnPause);
  }

  [kUpdateTimer]() {
    if (this.destroyed) return;
    refreshTimer(this);
    if (this[kSession]) this[kSession][kUpdateTimer]();
  }

  [kInit](id, handle) {
    const state = this[kState];
    state.flags |= STREAM_FLAGS_READY;
    const session = this[kSession];
    session[kState].pendingStreams.delete(this);
    session[kState].streams.set(id, this);
    perf.sessionStream(session, this);
    this[kID] = id;
    handle.owner = this;
    this[kHandle] = handle;
    this.uncork();
    this.emit('ready');
  }

  [kInspect](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    const obj = {
      id: this[kID] || '<pending>',
      closed: this.closed,
      destroyed: this.destroyed,
      state: this.state,
      readableState: this._readableState,
      writableState: this._writableState,
    };
    return `Http2Stream ${require('util').inspect(obj, opts)}`;
  }

  get bufferSize() { return this[kState].writeQueueSize + this.writableLength; }

  get endAfterHeaders() { return this[kState].endAfterHeaders; }

  get sentHeaders() { return this[kSentHeaders]; }

  get sentTrailers() { return this[kSentTrailers]; }

  get sentInfoHeaders() { return this[kInfoHeaders]; }

  get pending() { return this[kID] === undefined; }

  get id() { return this[kID]; }

  get session() { return this[kSession]; }

  _onTimeout() { callTimeout(this, this[kSession]); }

  get headersSent() { return !!(this[kState].flags & STREAM_FLAGS_HEADERS_SENT); }

  get aborted() { return !!(this[kState].flags & STREAM_FLAGS_ABORTED); }

  get headRequest() { return !!(this[kState].flags & STREAM_FLAGS_HEAD_REQUEST); }

  get rstCode() { return this[kState].rstCode; }

  get state() {
    const id = this[kID];
    if (this.destroyed || id === undefined) return {};
    const n = this[kHandle].refreshState();
    return {
      state: n[0],
      weight: n[1],
      sumDependencyWeight: n[2],
      localClose: n[3],
      remoteClose: n[4],
      localWindowSize: n[5],
    };
  }

  [kProceed]() {
    throw new Error('Implementers MUST implement this.');
  }

  [kWriteGeneric](writev, data, encoding, cb) {
    if (this.pending) {
      this.once('ready', this[kWriteGeneric].bind(this, writev, data, encoding, cb));
      return;
    }
    if (this.destroyed) return;
    this[kUpdateTimer]();
    if (!this.headersSent) this[kProceed]();

    let waitingForWriteCallback = true;
    let waitingForEndCheck = true;
    let writeCallbackErr;
    let endCheckCallbackErr;
    const done = () => {
      if (waitingForEndCheck || waitingForWriteCallback) return;
      const err = aggregateTwoErrors(endCheckCallbackErr, writeCallbackErr);
      if (err) this.destroy(err);
      cb(err);
    };
    const writeCallback = (err) => {
      waitingForWriteCallback = false;
      writeCallbackErr = err;
      done();
    };
    const endCheckCallback = (err) => {
      waitingForEndCheck = false;
      endCheckCallbackErr = err;
      done();
    };
    process.nextTick(() => {
      if (writeCallbackErr || !this._writableState.ending ||
          this._writableState.buffered.length ||
          (this[kState].flags & STREAM_FLAGS_HAS_TRAILERS)) {
        return endCheckCallback();
      }
      shutdownWritable.call(this, endCheckCallback);
    });

    let chunk;
    let bytes;
    if (writev) {
      const parts = data.map(({ chunk: c, encoding: e }) => toBytes(c, e));
      chunk = parts.length === 1 ? parts[0] : Buffer.concat(parts);
    } else {
      chunk = toBytes(data, encoding, true);
    }
    bytes = chunk.byteLength;
    trackWriteState(this, bytes);
    perf.streamWrote(this, bytes);
    const handle = this[kHandle];
    handle.write(chunk, () => {
      this[kState].writeQueueSize -= bytes;
      if (this[kSession] !== undefined) this[kSession][kState].writeQueueSize -= bytes;
      writeCallback();
    });
  }

  _write(data, encoding, cb) { this[kWriteGeneric](false, data, encoding, cb); }

  _writev(data, cb) { this[kWriteGeneric](true, data, '', cb); }

  _final(cb) {
    if (this.pending) {
      this.once('ready', () => this._final(cb));
      return;
    }
    shutdownWritable.call(this, cb);
  }

  _read(nread) {
    if (this.destroyed) {
      this.push(null);
      return;
    }
    if (!this[kState].didRead) {
      this._readableState.readingMore = false;
      this[kState].didRead = true;
    }
    if (!this.pending) streamOnResume.call(this);
    else this.once('ready', streamOnResume);
  }

  priority(options) {
    if (this.destroyed) throw new ERR_HTTP2_INVALID_STREAM();
    assertIsObject(options, 'options');
    options = { ...options };
    setAndValidatePriorityOptions(options);
    const priorityFn = () => {
      if (this.destroyed) return;
      this[kUpdateTimer]();
      if (options.parent === this[kID]) return;
      this[kHandle].priority(options.parent | 0, options.weight | 0, !!options.exclusive,
                             !!options.silent);
    };
    if (this.pending) {
      this.once('ready', priorityFn);
      return;
    }
    priorityFn();
  }

  sendTrailers(headers) {
    if (this.destroyed || this.closed) throw new ERR_HTTP2_INVALID_STREAM();
    if (this[kSentTrailers]) throw new ERR_HTTP2_TRAILERS_ALREADY_SENT();
    if (!this[kState].trailersReady) throw new ERR_HTTP2_TRAILERS_NOT_READY();
    assertIsObject(headers, 'headers');
    headers = Object.assign({ __proto__: null }, headers);
    this[kUpdateTimer]();
    const headersList = mapToHeaders(headers, assertValidPseudoHeaderTrailer);
    this[kSentTrailers] = headers;
    // Inside the engine's 'wantTrailers' delivery the trailers can join the same write as the
    // last DATA (as a Node peer in the same process usually sees them); otherwise Node's timing.
    if (this[kState].inWantTrailers) process.nextTick(finishSendTrailers, this, headersList);
    else setImmediate(finishSendTrailers, this, headersList);
  }

  get closed() { return !!(this[kState].flags & STREAM_FLAGS_CLOSED); }

  close(code = NGHTTP2_NO_ERROR, callback) {
    validateInteger(code, 'code', 0, kMaxInt);
    if (callback !== undefined) validateFunction(callback, 'callback');
    if (this.closed) return;
    if (callback !== undefined) this.once('close', callback);
    closeStream(this, code);
  }

  _destroy(err, callback) {
    const session = this[kSession];
    const handle = this[kHandle];
    const id = this[kID];
    const state = this[kState];
    const sessionState = session[kState];
    perf.streamEnd(session, this, id);
    const sessionCode = sessionState.goawayCode || sessionState.destroyCode;
    let code = this.closed ? this.rstCode : sessionCode;
    if (err != null) {
      if (sessionCode) code = sessionCode;
      else if (err instanceof AbortError) code = NGHTTP2_CANCEL;
      else code = NGHTTP2_INTERNAL_ERROR;
    }
    const hasHandle = handle !== undefined;
    if (!this.closed) closeStream(this, code, hasHandle ? kForceRstStream : kNoRstStream);
    this.push(null);
    if (hasHandle) {
      handle.destroy();
      sessionState.streams.delete(id);
    } else {
      sessionState.pendingStreams.delete(this);
    }
    sessionState.writeQueueSize -= state.writeQueueSize;
    state.writeQueueSize = 0;
    if (err == null && code !== NGHTTP2_NO_ERROR && code !== NGHTTP2_CANCEL) {
      err = new ERR_HTTP2_STREAM_ERROR(nameForErrorCode[code] || code);
    }
    this[kSession] = undefined;
    this[kHandle] = undefined;
    // One pending check per session, not one per stream: the check reads the session's state
    // when it runs, so streams destroyed meanwhile share it (each immediate costs a host drain)
    if (!sessionState.maybeDestroyQueued) {
      sessionState.maybeDestroyQueued = true;
      setImmediate(sessionMaybeDestroy, session);
    }
    callback(err);
  }

  [kMaybeDestroy](code = NGHTTP2_NO_ERROR) {
    if (code !== NGHTTP2_NO_ERROR) {
      this.destroy();
      return;
    }
    if (this.writableFinished) {
      if (!this.readable && this.closed) {
        this.destroy();
        return;
      }
      const state = this[kState];
      if (this.headersSent && this[kSession] &&
          this[kSession][kType] === NGHTTP2_SESSION_SERVER &&
          !(state.flags & STREAM_FLAGS_HAS_TRAILERS) &&
          !state.didRead && this.readableFlowing === null) {
        setImmediate(callStreamClose, this);
      }
    }
  }
}

function sessionMaybeDestroy(session) {
  session[kState].maybeDestroyQueued = false;
  session[kMaybeDestroy]();
}

function callTimeout(self) {
  if (self.destroyed) return;
  self.emit('timeout');
}

// Node completes a stream write once nghttp2 has sent it, so 'finish' (and this RST(NO_ERROR))
// comes after the response's END_STREAM is on the wire. Our write callbacks run when the engine
// queues the bytes and a reset drops what is still queued: wait until the engine has sent our
// END_STREAM (its flush runs in a later loop turn; flow control can hold it back longer).
function callStreamClose(stream, retries = 0) {
  if (stream.closed || stream.destroyed) return;
  const handle = stream[kHandle];
  if (handle !== undefined && handle.refreshState()[3] === 0) {  // [3]: localClose
    if (retries === 0) setImmediate(callStreamClose, stream, 1);
    else setTimeout(callStreamClose, 10, stream, retries + 1);
    return;
  }
  stream.close();
}

Object.defineProperty(Http2Stream.prototype, 'setTimeout',
                      { configurable: true, enumerable: true, writable: true, value: setStreamTimeout });
Object.defineProperty(Http2Session.prototype, 'setTimeout',
                      { configurable: true, enumerable: true, writable: true, value: setStreamTimeout });

// --- files ---------------------------------------------------------------------------------------

function tryClose(fd) {
  require('fs').close(fd, () => {});
}

// Send `length` bytes of `fd` from `offset` (-1: to the end) as the body, then end the stream.
function pipeFile(self, fd, offset, length) {
  const fs = require('fs');
  const chunkSize = 64 * 1024;
  let position = offset >= 0 ? offset : null;
  let remaining = length >= 0 ? length : Infinity;
  const readNext = () => {
    if (self.destroyed) return finish();
    const want = Math.min(chunkSize, remaining);
    if (want <= 0) return end();
    const buf = Buffer.allocUnsafe(want);
    fs.read(fd, buf, 0, want, position, (err, n) => {
      if (err) {
        self.close(NGHTTP2_INTERNAL_ERROR);
        return finish();
      }
      if (n === 0) return end();
      if (position !== null) position += n;
      remaining -= n;
      const handle = self[kHandle];
      if (!handle) return finish();
      trackWriteState(self, n);
      handle.write(buf.subarray(0, n), () => {
        self[kState].writeQueueSize -= n;
        if (self[kSession]) self[kSession][kState].writeQueueSize -= n;
        readNext();
      });
    });
  };
  const end = () => {
    const handle = self[kHandle];
    if (handle) shutdownWritable.call(self, () => {});
    finish();
  };
  const finish = () => {
    if (self.ownsFd) tryClose(fd);
  };
  readNext();
}

function processRespondWithFD(self, fd, headers, offset = 0, length = -1, streamOptions = 0) {
  const state = self[kState];
  state.flags |= STREAM_FLAGS_HEADERS_SENT;
  let headersList;
  try {
    headersList = mapToHeaders(headers, assertValidPseudoHeaderResponse);
  } catch (err) {
    self.destroy(err);
    return;
  }
  self[kSentHeaders] = headers;
  self._final = null;
  self.end();
  const ret = self[kHandle].respond(headersList, streamOptions);
  if (ret < 0) {
    self.destroy(new NghttpError(ret));
    return;
  }
  pipeFile(self, fd, offset, length);
}

function doSendFD(session, options, fd, headers, streamOptions, err, stat) {
  if (err) {
    this.destroy(err);
    return;
  }
  if (this.destroyed || this.closed) {
    this.destroy(new ERR_HTTP2_INVALID_STREAM());
    return;
  }
  const statOptions = {
    offset: options.offset !== undefined ? options.offset : 0,
    length: options.length !== undefined ? options.length : -1,
  };
  if ((typeof options.statCheck === 'function' &&
       options.statCheck.call(this, stat, headers, statOptions) === false) ||
      (this[kState].flags & STREAM_FLAGS_HEADERS_SENT)) {
    return;
  }
  processRespondWithFD(this, fd, headers, statOptions.offset | 0, statOptions.length | 0,
                       streamOptions);
}

function doSendFileFD(session, options, fd, headers, streamOptions, err, stat) {
  const onError = options.onError;
  if (err) {
    tryClose(fd);
    if (onError) onError(err);
    else this.destroy(err);
    return;
  }
  if (!stat.isFile()) {
    const isDirectory = stat.isDirectory();
    if (options.offset !== undefined || options.offset > 0 ||
        options.length !== undefined || options.length >= 0 || isDirectory) {
      const e = isDirectory ? new ERR_HTTP2_SEND_FILE() : new ERR_HTTP2_SEND_FILE_NOSEEK();
      tryClose(fd);
      if (onError) onError(e);
      else this.destroy(e);
      return;
    }
    options.offset = -1;
    options.length = -1;
  }
  if (this.destroyed || this.closed) {
    tryClose(fd);
    this.destroy(new ERR_HTTP2_INVALID_STREAM());
    return;
  }
  const statOptions = {
    offset: options.offset !== undefined ? options.offset : 0,
    length: options.length !== undefined ? options.length : -1,
  };
  if ((typeof options.statCheck === 'function' &&
       options.statCheck.call(this, stat, headers) === false) ||
      (this[kState].flags & STREAM_FLAGS_HEADERS_SENT)) {
    tryClose(fd);
    return;
  }
  if (stat.isFile()) {
    statOptions.length = statOptions.length < 0 ?
      stat.size - (+statOptions.offset) :
      Math.min(stat.size - (+statOptions.offset), statOptions.length);
    headers[HTTP2_HEADER_CONTENT_LENGTH] = statOptions.length;
  }
  processRespondWithFD(this, fd, headers, options.offset | 0, statOptions.length | 0,
                       streamOptions);
}

function afterOpen(session, options, headers, streamOptions, err, fd) {
  const state = this[kState];
  const onError = options.onError;
  if (err) {
    if (onError) onError(err);
    else this.destroy(err);
    return;
  }
  if (this.destroyed || this.closed) {
    tryClose(fd);
    return;
  }
  state.fd = fd;
  require('fs').fstat(fd, doSendFileFD.bind(this, session, options, fd, headers, streamOptions));
}

function validateFileOptions(options) {
  if (options.offset !== undefined && typeof options.offset !== 'number') {
    throw new ERR_INVALID_ARG_VALUE('options.offset', options.offset);
  }
  if (options.length !== undefined && typeof options.length !== 'number') {
    throw new ERR_INVALID_ARG_VALUE('options.length', options.length);
  }
  if (options.statCheck !== undefined && typeof options.statCheck !== 'function') {
    throw new ERR_INVALID_ARG_VALUE('options.statCheck', options.statCheck);
  }
}

function checkPayloadAllowed(stream, headers) {
  const statusCode = headers[HTTP2_HEADER_STATUS] |= 0;
  if (statusCode === HTTP_STATUS_NO_CONTENT || statusCode === HTTP_STATUS_RESET_CONTENT ||
      statusCode === HTTP_STATUS_NOT_MODIFIED || stream.headRequest) {
    throw new ERR_HTTP2_PAYLOAD_FORBIDDEN(statusCode);
  }
}

class ServerHttp2Stream extends Http2Stream {
  constructor(session, handle, id, options, headers) {
    super(session, options);
    this[kInit](id, handle);
    this[kProtocol] = headers[HTTP2_HEADER_SCHEME];
    this[kAuthority] = getAuthority(headers);
  }

  get pushAllowed() {
    return !this.destroyed && !this.closed && !this.session.closed && !this.session.destroyed &&
      this[kSession].remoteSettings.enablePush;
  }

  pushStream(headers, options, callback) {
    if (!this.pushAllowed) throw new ERR_HTTP2_PUSH_DISABLED();
    if (this[kID] % 2 === 0) throw new ERR_HTTP2_NESTED_PUSH();
    const session = this[kSession];
    this[kUpdateTimer]();
    if (typeof options === 'function') {
      callback = options;
      options = undefined;
    }
    validateFunction(callback, 'callback');
    assertIsObject(options, 'options');
    options = { ...options };
    options.endStream = !!options.endStream;
    assertIsObject(headers, 'headers');
    headers = Object.assign({ __proto__: null }, headers);
    if (headers[HTTP2_HEADER_METHOD] === undefined) headers[HTTP2_HEADER_METHOD] = HTTP2_METHOD_GET;
    if (getAuthority(headers) === undefined) headers[HTTP2_HEADER_AUTHORITY] = this[kAuthority];
    if (headers[HTTP2_HEADER_SCHEME] === undefined) headers[HTTP2_HEADER_SCHEME] = this[kProtocol];
    if (headers[HTTP2_HEADER_PATH] === undefined) headers[HTTP2_HEADER_PATH] = '/';
    let headRequest = false;
    if (headers[HTTP2_HEADER_METHOD] === HTTP2_METHOD_HEAD) headRequest = options.endStream = true;
    const headersList = mapToHeaders(headers);
    const streamOptions = options.endStream ? STREAM_OPTION_EMPTY_PAYLOAD : 0;
    const ret = this[kHandle].pushPromise(headersList, streamOptions);
    if (typeof ret === 'number') {
      let err;
      if (ret === NGHTTP2_ERR_STREAM_ID_NOT_AVAILABLE) err = new ERR_HTTP2_OUT_OF_STREAMS();
      else if (ret === NGHTTP2_ERR_STREAM_CLOSED) err = new ERR_HTTP2_INVALID_STREAM();
      else err = new NghttpError(ret);
      process.nextTick(callback, err);
      return;
    }
    const id = ret.id();
    const stream = new ServerHttp2Stream(session, ret, id, options, headers);
    stream[kSentHeaders] = headers;
    stream.push(null);
    if (options.endStream) stream.end();
    if (headRequest) stream[kState].flags |= STREAM_FLAGS_HEAD_REQUEST;
    process.nextTick(callback, null, stream, headers, 0);
  }

  respond(headers, options) {
    if (this.destroyed || this.closed) throw new ERR_HTTP2_INVALID_STREAM();
    if (this.headersSent) throw new ERR_HTTP2_HEADERS_SENT();
    const state = this[kState];
    assertIsObject(options, 'options');
    options = { ...options };
    this[kUpdateTimer]();
    options.endStream = !!options.endStream;
    let streamOptions = 0;
    if (options.endStream) streamOptions |= STREAM_OPTION_EMPTY_PAYLOAD;
    if (options.waitForTrailers) {
      streamOptions |= STREAM_OPTION_GET_TRAILERS;
      state.flags |= STREAM_FLAGS_HAS_TRAILERS;
    }
    headers = processHeaders(headers, options);
    const headersList = mapToHeaders(headers, assertValidPseudoHeaderResponse);
    this[kSentHeaders] = headers;
    state.flags |= STREAM_FLAGS_HEADERS_SENT;
    const statusCode = headers[HTTP2_HEADER_STATUS] | 0;
    if (!!options.endStream || statusCode === HTTP_STATUS_NO_CONTENT ||
        statusCode === HTTP_STATUS_RESET_CONTENT || statusCode === HTTP_STATUS_NOT_MODIFIED ||
        this.headRequest === true) {
      options.endStream = true;
      streamOptions |= STREAM_OPTION_EMPTY_PAYLOAD;
      this.end();
    }
    // an empty payload has no nghttp2 data provider, so no 'wantTrailers' either
    if (streamOptions & STREAM_OPTION_EMPTY_PAYLOAD) streamOptions = STREAM_OPTION_EMPTY_PAYLOAD;
    const ret = this[kHandle].respond(headersList, streamOptions);
    if (ret < 0 && ret !== NGHTTP2_ERR_STREAM_CLOSED) this.destroy(new NghttpError(ret));
  }

  respondWithFD(fd, headers, options) {
    if (this.destroyed || this.closed) throw new ERR_HTTP2_INVALID_STREAM();
    if (this.headersSent) throw new ERR_HTTP2_HEADERS_SENT();
    const session = this[kSession];
    assertIsObject(options, 'options');
    options = { ...options };
    validateFileOptions(options);
    let streamOptions = 0;
    if (options.waitForTrailers) {
      streamOptions |= STREAM_OPTION_GET_TRAILERS;
      this[kState].flags |= STREAM_FLAGS_HAS_TRAILERS;
    }
    if (fd !== null && typeof fd === 'object' && typeof fd.fd === 'number') fd = fd.fd;
    else if (typeof fd !== 'number') throw new ERR_INVALID_ARG_TYPE('fd', ['number', 'FileHandle'], fd);
    this[kUpdateTimer]();
    this.ownsFd = false;
    headers = processHeaders(headers, options);
    checkPayloadAllowed(this, headers);
    if (options.statCheck !== undefined) {
      require('fs').fstat(fd, doSendFD.bind(this, session, options, fd, headers, streamOptions));
      return;
    }
    processRespondWithFD(this, fd, headers, options.offset, options.length, streamOptions);
  }

  respondWithFile(path, headers, options) {
    if (this.destroyed || this.closed) throw new ERR_HTTP2_INVALID_STREAM();
    if (this.headersSent) throw new ERR_HTTP2_HEADERS_SENT();
    assertIsObject(options, 'options');
    options = { ...options };
    validateFileOptions(options);
    let streamOptions = 0;
    if (options.waitForTrailers) {
      streamOptions |= STREAM_OPTION_GET_TRAILERS;
      this[kState].flags |= STREAM_FLAGS_HAS_TRAILERS;
    }
    const session = this[kSession];
    this[kUpdateTimer]();
    this.ownsFd = true;
    headers = processHeaders(headers, options);
    checkPayloadAllowed(this, headers);
    require('fs').open(path, 'r', afterOpen.bind(this, session, options, headers, streamOptions));
  }

  additionalHeaders(headers) {
    if (this.destroyed || this.closed) throw new ERR_HTTP2_INVALID_STREAM();
    if (this.headersSent) throw new ERR_HTTP2_HEADERS_AFTER_RESPOND();
    assertIsObject(headers, 'headers');
    headers = Object.assign({ __proto__: null }, headers);
    if (headers[HTTP2_HEADER_STATUS] != null) {
      const statusCode = headers[HTTP2_HEADER_STATUS] |= 0;
      if (statusCode === HTTP_STATUS_SWITCHING_PROTOCOLS) throw new ERR_HTTP2_STATUS_101();
      if (statusCode < 100 || statusCode >= 200) {
        throw new ERR_HTTP2_INVALID_INFO_STATUS(headers[HTTP2_HEADER_STATUS]);
      }
    }
    this[kUpdateTimer]();
    const headersList = mapToHeaders(headers, assertValidPseudoHeaderResponse);
    if (!this[kInfoHeaders]) this[kInfoHeaders] = [headers];
    else this[kInfoHeaders].push(headers);
    const ret = this[kHandle].info(headersList);
    if (ret < 0 && ret !== NGHTTP2_ERR_STREAM_CLOSED) this.destroy(new NghttpError(ret));
  }
}

ServerHttp2Stream.prototype[kProceed] = ServerHttp2Stream.prototype.respond;

class ClientHttp2Stream extends Http2Stream {
  constructor(session, handle, id, options) {
    super(session, options);
    this[kState].flags |= STREAM_FLAGS_HEADERS_SENT;
    if (id !== undefined) this[kInit](id, handle);
    this.on('headers', handleHeaderContinue);
  }
}

function handleHeaderContinue(headers) {
  if (headers[HTTP2_HEADER_STATUS] === HTTP_STATUS_CONTINUE) this.emit('continue');
}

// --- servers ---------------------------------------------------------------------------------------

function socketOnError(error) {
  const session = this[kBoundSession];
  if (session !== undefined) {
    if (error.code === 'ECONNRESET' && session[kState].goawayCode !== null) {
      return session.destroy();
    }
    session.destroy(error);
  }
}

function socketOnClose() {
  const session = this[kBoundSession];
  if (session !== undefined) {
    const err = session.connecting ? new ERR_SOCKET_CLOSED() : null;
    const state = session[kState];
    state.streams.forEach((stream) => stream.close(NGHTTP2_CANCEL));
    state.pendingStreams.forEach((stream) => stream.close(NGHTTP2_CANCEL));
    session.close();
    // close() destroys a session with no streams left: closing it twice emits 'close' twice
    if (!session.destroyed) closeSession(session, NGHTTP2_NO_ERROR, err);
  }
}

function sessionOnStream(stream, headers, flags, rawHeaders) {
  if (this[kServer] !== undefined) this[kServer].emit('stream', stream, headers, flags, rawHeaders);
}

function sessionOnPriority(stream, parent, weight, exclusive) {
  if (this[kServer] !== undefined) this[kServer].emit('priority', stream, parent, weight, exclusive);
}

function sessionOnError(error) {
  if (this[kServer] !== undefined) this[kServer].emit('sessionError', error, this);
}

function sessionOnTimeout() {
  if (this.destroyed || this.closed) return;
  const server = this[kServer];
  if (!server.emit('timeout', this)) this.destroy();
}

function connectionListener(socket) {
  const options = this[kOptions] || {};
  if (socket.alpnProtocol === false || socket.alpnProtocol === 'http/1.1') {
    if (options.allowHTTP1 === true) {
      // No 'http' module in this runtime yet: serve HTTP/1.1 with the http2 layer's own slice.
      return require('internal/http2/http1').connectionListener.call(this, socket, options);
    }
    if (!this.emit('unknownProtocol', socket)) {
      const timer = setTimeout(() => { if (!socket.destroyed) socket.destroy(); },
                               options.unknownProtocolTimeout);
      if (timer.unref) timer.unref();
      socket.once('close', () => clearTimeout(timer));
      // Workaround: our tls layer reports EPERM reading a half-closed TLS socket (Node does not).
      socket.on('error', () => {});
      socket.end('HTTP/1.0 403 Forbidden\r\n' +
                 'Content-Type: text/plain\r\n\r\n' +
                 'Missing ALPN Protocol, expected `h2` to be available.\n' +
                 'If this is a HTTP request: The server was not ' +
                 'configured with the `allowHTTP1` option or a ' +
                 'listener for the `unknownProtocol` event.\n');
    }
    return;
  }
  const session = new ServerHttp2Session(options, socket, this);
  session.on('stream', sessionOnStream);
  session.on('error', sessionOnError);
  session.on('priority', sessionOnPriority);
  if (this.timeout) session.setTimeout(this.timeout, sessionOnTimeout);
  socket[kServer] = this;
  this.emit('session', session);
}

function lazyCompat() {
  return require('internal/http2/compat');
}

function initializeOptions(options) {
  assertIsObject(options, 'options');
  options = { ...options };
  assertIsObject(options.settings, 'options.settings');
  options.settings = { ...options.settings };
  assertIsArray(options.remoteCustomSettings, 'options.remoteCustomSettings');
  if (options.remoteCustomSettings) {
    options.remoteCustomSettings = [...options.remoteCustomSettings];
    if (options.remoteCustomSettings.length > MAX_ADDITIONAL_SETTINGS) {
      throw new ERR_HTTP2_TOO_MANY_CUSTOM_SETTINGS();
    }
  }
  if (options.maxSessionInvalidFrames !== undefined) {
    validateUint32(options.maxSessionInvalidFrames, 'maxSessionInvalidFrames');
  }
  if (options.maxSessionRejectedStreams !== undefined) {
    validateUint32(options.maxSessionRejectedStreams, 'maxSessionRejectedStreams');
  }
  if (options.unknownProtocolTimeout !== undefined) {
    validateUint32(options.unknownProtocolTimeout, 'unknownProtocolTimeout');
  } else {
    options.unknownProtocolTimeout = 10000;
  }
  if (!options.Http1IncomingMessage || !options.Http1ServerResponse) {
    const http = require('internal/http2/http1');
    options.Http1IncomingMessage = options.Http1IncomingMessage || http.IncomingMessage;
    options.Http1ServerResponse = options.Http1ServerResponse || http.ServerResponse;
  }
  options.Http2ServerRequest = options.Http2ServerRequest || lazyCompat().Http2ServerRequest;
  options.Http2ServerResponse = options.Http2ServerResponse || lazyCompat().Http2ServerResponse;
  return options;
}

function initializeTLSOptions(options, servername) {
  options = initializeOptions(options);
  if (!options.ALPNCallback) {
    options.ALPNProtocols = ['h2'];
    if (options.allowHTTP1 === true) options.ALPNProtocols.push('http/1.1');
  }
  if (servername !== undefined && !options.servername) options.servername = servername;
  return options;
}

function onErrorSecureServerSession(err, socket) {
  if (!this.emit('clientError', err, socket)) socket.destroy(err);
}

function serverSetTimeout(msecs, callback) {
  this.timeout = msecs;
  if (callback !== undefined) {
    validateFunction(callback, 'callback');
    this.on('timeout', callback);
  }
  return this;
}

function serverUpdateSettings(settings) {
  assertIsObject(settings, 'settings');
  validateSettings(settings);
  this[kOptions].settings = { ...this[kOptions].settings, ...settings };
}

function setupCompat(ev) {
  if (ev === 'request') {
    this.removeListener('newListener', setupCompat);
    this.on('stream', lazyCompat().onServerStream.bind(this, this[kOptions].Http2ServerRequest,
                                                       this[kOptions].Http2ServerResponse));
  }
}

class Http2Server extends net.Server {
  constructor(options, requestListener) {
    options = initializeOptions(options);
    super(options, connectionListener);
    this[kOptions] = options;
    this.timeout = 0;
    this.on('newListener', setupCompat);
    if (typeof requestListener === 'function') this.on('request', requestListener);
  }
}
Http2Server.prototype.setTimeout = serverSetTimeout;
Http2Server.prototype.updateSettings = serverUpdateSettings;

let Http2SecureServer;
function getSecureServerClass() {
  if (Http2SecureServer !== undefined) return Http2SecureServer;
  const tls = require('tls');
  Http2SecureServer = class Http2SecureServer extends tls.Server {
    constructor(options, requestListener) {
      options = initializeTLSOptions(options);
      super(options, connectionListener);
      this[kOptions] = options;
      this.timeout = 0;
      this.on('newListener', setupCompat);
      if (typeof requestListener === 'function') this.on('request', requestListener);
      this.on('tlsClientError', onErrorSecureServerSession);
    }
  };
  Http2SecureServer.prototype.setTimeout = serverSetTimeout;
  Http2SecureServer.prototype.updateSettings = serverUpdateSettings;
  return Http2SecureServer;
}

function connect(authority, options, listener) {
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  assertIsObject(options, 'options');
  options = { ...options };
  assertIsArray(options.remoteCustomSettings, 'options.remoteCustomSettings');
  if (options.remoteCustomSettings) {
    options.remoteCustomSettings = [...options.remoteCustomSettings];
    if (options.remoteCustomSettings.length > MAX_ADDITIONAL_SETTINGS) {
      throw new ERR_HTTP2_TOO_MANY_CUSTOM_SETTINGS();
    }
  }
  if (typeof authority === 'string') {
    try {
      authority = new URL(authority);
    } catch (err) {
      // the URL global may not be Node's: keep Node's error for an invalid authority
      if (err && err.code === 'ERR_INVALID_URL') throw err;
      throw new ERR_INVALID_URL(authority);
    }
  }
  assertIsObject(authority, 'authority', ['string', 'Object', 'URL']);
  const protocol = authority.protocol || options.protocol || 'https:';
  const port = '' + (authority.port !== '' && authority.port !== undefined ?
    authority.port : (authority.protocol === 'http:' ? 80 : 443));
  let host = 'localhost';
  if (authority.hostname) {
    host = authority.hostname;
    if (host[0] === '[') host = host.slice(1, -1);
  } else if (authority.host) {
    host = authority.host;
  }
  let socket;
  if (typeof options.createConnection === 'function') {
    socket = options.createConnection(authority, options);
  } else {
    switch (protocol) {
      case 'http:':
        socket = net.connect({ port, host, ...options });
        break;
      case 'https:':
        socket = require('tls').connect(port, host,
                                        initializeTLSOptions(options, net.isIP(host) ? undefined : host));
        break;
      default:
        throw new ERR_HTTP2_UNSUPPORTED_PROTOCOL(protocol);
    }
  }
  const session = new ClientHttp2Session(options, socket);
  session[kAuthority] = `${options.servername || host}:${port}`;
  session[kProtocol] = protocol;
  if (typeof listener === 'function') session.once('connect', listener);
  return session;
}

const promisifyCustom = Symbol.for('nodejs.util.promisify.custom');
Object.defineProperty(connect, promisifyCustom, {
  __proto__: null,
  value: (authority, options) => new Promise((resolve, reject) => {
    const session = connect(authority, options, () => {
      session.removeListener('error', reject);
      resolve(session);
    });
    session.once('error', reject);
  }),
});

function createSecureServer(options, handler) {
  const Server = getSecureServerClass();
  return new Server(options, handler);
}

function createServer(options, handler) {
  if (typeof options === 'function') {
    handler = options;
    options = {};
  }
  return new Http2Server(options, handler);
}

function performServerHandshake(socket, options = {}) {
  options = initializeOptions(options);
  return new ServerHttp2Session(options, socket, undefined);
}

module.exports = {
  connect,
  constants,
  createServer,
  createSecureServer,
  getDefaultSettings,
  getPackedSettings,
  getUnpackedSettings,
  performServerHandshake,
  sensitiveHeaders: kSensitiveHeaders,
  Http2Session,
  Http2Stream,
  ServerHttp2Session,
  ClientHttp2Session,
  ServerHttp2Stream,
  ClientHttp2Stream,
  Http2Server,
  get Http2SecureServer() { return getSecureServerClass(); },
  kSocket,
  kSession,
  kState,
  kHandle,
};
