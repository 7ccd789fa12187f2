'use strict';
// Node's http2 compatibility API: Http2ServerRequest / Http2ServerResponse on top of
// ServerHttp2Stream, and the server 'stream' -> 'request' adapter (Node v20 behaviour).

const Stream = require('stream');
const { Readable } = Stream;
const {
  codes: {
    ERR_HTTP2_HEADERS_SENT,
    ERR_HTTP2_INFO_STATUS_NOT_ALLOWED,
    ERR_HTTP2_INVALID_HEADER_VALUE,
    ERR_HTTP2_INVALID_STREAM,
    ERR_HTTP2_NO_SOCKET_MANIPULATION,
    ERR_HTTP2_PSEUDOHEADER_NOT_ALLOWED,
    ERR_HTTP2_STATUS_INVALID,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_HTTP_TOKEN,
    ERR_STREAM_WRITE_AFTER_END,
  },
} = require('internal/errors');
const validators = require('internal/validators');
const { validateFunction, validateString, validateObject } = validators;
const {
  kSocket,
  kRequest,
  kProxySocket,
  assertValidPseudoHeader,
  checkIsHttpToken,
  getAuthority,
} = require('internal/http2/util');

const HTTP2_HEADER_STATUS = ':status';
const HTTP2_HEADER_METHOD = ':method';
const HTTP2_HEADER_PATH = ':path';
const HTTP2_HEADER_SCHEME = ':scheme';
const HTTP2_HEADER_CONNECTION = 'connection';
const HTTP_STATUS_CONTINUE = 100;
const HTTP_STATUS_EARLY_HINTS = 103;
const HTTP_STATUS_EXPECTATION_FAILED = 417;
const HTTP_STATUS_METHOD_NOT_ALLOWED = 405;
const HTTP_STATUS_OK = 200;

const kBeginSend = Symbol('begin-send');
const kState = Symbol('state');
const kStream = Symbol('stream');
const kResponse = Symbol('response');
const kHeaders = Symbol('headers');
const kRawHeaders = Symbol('rawHeaders');
const kTrailers = Symbol('trailers');
const kRawTrailers = Symbol('rawTrailers');
const kSetHeader = Symbol('setHeader');
const kAppendHeader = Symbol('appendHeader');
const kCheckHeader = Symbol('checkHeader');
const kAborted = Symbol('aborted');

let statusMessageWarned = false;
let statusConnectionHeaderWarned = false;

function isPseudoHeader(name) {
  return name === ':status' || name === ':method' || name === ':path' ||
    name === ':authority' || name === ':scheme';
}

function isConnectionHeaderAllowed(name, value) {
  return name !== HTTP2_HEADER_CONNECTION || value === 'trailers';
}

function statusMessageWarn() {
  if (!statusMessageWarned) {
    process.emitWarning('Status message is not supported by HTTP/2 (RFC7540 8.1.2.4)',
                        'UnsupportedWarning');
    statusMessageWarned = true;
  }
}

function connectionHeaderMessageWarn() {
  if (!statusConnectionHeaderWarned) {
    process.emitWarning('The provided connection header is not valid, ' +
                        'the value will be dropped from the header and ' +
                        'will never be in use.', 'UnsupportedWarning');
    statusConnectionHeaderWarned = true;
  }
}

function assertValidHeader(name, value) {
  if (name === '' || typeof name !== 'string' || name.includes(' ')) {
    throw new ERR_INVALID_HTTP_TOKEN('Header name', name);
  }
  if (isPseudoHeader(name)) throw new ERR_HTTP2_PSEUDOHEADER_NOT_ALLOWED();
  if (value === undefined || value === null) throw new ERR_HTTP2_INVALID_HEADER_VALUE(value, name);
  if (!isConnectionHeaderAllowed(name, value)) connectionHeaderMessageWarn();
}

// Node's validateLinkHeaderValue (writeEarlyHints), used when the validators module lacks it.
const kLinkValue = /^(?:<[^>]*>)(?:\s*;\s*[^;"\s]+(?:=(")?[^;"\s]*\1)?)*$/;
function validateLinkHeaderValue(hints) {
  if (typeof validators.validateLinkHeaderValue === 'function') {
    return validators.validateLinkHeaderValue(hints);
  }
  if (typeof hints === 'string') {
    if (!kLinkValue.test(hints)) throw new ERR_INVALID_ARG_VALUE('hints', hints, 'must be an array or string of format "</styles.css>; rel=preload; as=style"');
    return hints;
  }
  if (Array.isArray(hints)) {
    for (const h of hints) {
      if (!kLinkValue.test(h)) throw new ERR_INVALID_ARG_VALUE('hints', hints, 'must be an array or string of format "</styles.css>; rel=preload; as=style"');
    }
    return hints.join(', ');
  }
  throw new ERR_INVALID_ARG_VALUE('hints', hints, 'must be an array or string of format "</styles.css>; rel=preload; as=style"');
}

function onStreamData(chunk) {
  const request = this[kRequest];
  if (request !== undefined && !request.push(chunk)) this.pause();
}

function onStreamTrailers(trailers, flags, rawTrailers) {
  const request = this[kRequest];
  if (request !== undefined) {
    Object.assign(request[kTrailers], trailers);
    request[kRawTrailers].push(...rawTrailers);
  }
}

function onStreamEnd() {
  const request = this[kRequest];
  if (request !== undefined) this[kRequest].push(null);
}

function onStreamError(error) {
  // Errors surface on the response/request through 'close' and 'aborted', as in Node.
}

function onRequestPause() { this[kStream].pause(); }

function onRequestResume() { this[kStream].resume(); }

function onStreamDrain() {
  const response = this[kResponse];
  if (response !== undefined) response.emit('drain');
}

function onStreamAbortedRequest() {
  const request = this[kRequest];
  if (request !== undefined && request[kState].closed === false) {
    request[kAborted] = true;
    request.emit('aborted');
  }
}

function onStreamAbortedResponse() {}

function resumeStream(stream) { stream.resume(); }

const proxySocketHandler = {
  has(stream, prop) {
    const ref = stream.session !== undefined ? stream.session[kSocket] : stream;
    return (prop in stream) || (prop in ref);
  },
  get(stream, prop) {
    switch (prop) {
      case 'on':
      case 'once':
      case 'end':
      case 'emit':
      case 'destroy':
        return stream[prop].bind(stream);
      case 'writable':
      case 'destroyed':
        return stream[prop];
      case 'readable': {
        if (stream.destroyed) return false;
        const request = stream[kRequest];
        return request ? request.readable : stream.readable;
      }
      case 'setTimeout': {
        const session = stream.session;
        if (session !== undefined) return session.setTimeout.bind(session);
        return stream.setTimeout.bind(stream);
      }
      case 'write':
      case 'read':
      case 'pause':
      case 'resume':
        throw new ERR_HTTP2_NO_SOCKET_MANIPULATION();
      default: {
        const ref = stream.session !== undefined ? stream.session[kSocket] : stream;
        const value = ref[prop];
        return typeof value === 'function' ? value.bind(ref) : value;
      }
    }
  },
  getPrototypeOf(stream) {
    if (stream.session !== undefined) return Reflect.getPrototypeOf(stream.session[kSocket]);
    return Reflect.getPrototypeOf(stream);
  },
  set(stream, prop, value) {
    switch (prop) {
      case 'writable':
      case 'readable':
      case 'destroyed':
      case 'on':
      case 'once':
      case 'end':
      case 'emit':
      case 'destroy':
        stream[prop] = value;
        return true;
      case 'setTimeout': {
        const session = stream.session;
        if (session !== undefined) session.setTimeout = value;
        else stream.setTimeout = value;
        return true;
      }
      case 'write':
      case 'read':
      case 'pause':
      case 'resume':
        throw new ERR_HTTP2_NO_SOCKET_MANIPULATION();
      default: {
        const ref = stream.session !== undefined ? stream.session[kSocket] : stream;
        ref[prop] = value;
        return true;
      }
    }
  },
};

function onStreamCloseRequest() {
  const req = this[kRequest];
  if (req === undefined) return;
  const state = req[kState];
  state.closed = true;
  req.push(null);
  if (!state.didRead && !req._readableState.resumeScheduled) req.resume();
  this[kProxySocket] = null;
  this[kRequest] = undefined;
  req.emit('close');
}

function onStreamTimeout(kind) {
  return function onStreamTimeout() {
    this[kind].emit('timeout');
  };
}
// made once, not per request (each request and response adds one)
const onStreamTimeoutRequest = onStreamTimeout(kRequest);
const onStreamTimeoutResponse = onStreamTimeout(kResponse);

class Http2ServerRequest extends Readable {
  constructor(stream, headers, options, rawHeaders) {
    super({ autoDestroy: false, ...options });
    this[kState] = { closed: false, didRead: false };
    this[kHeaders] = headers;
    this[kRawHeaders] = rawHeaders;
    this[kTrailers] = {};
    this[kRawTrailers] = [];
    this[kStream] = stream;
    this[kAborted] = false;
    stream[kProxySocket] = null;
    stream[kRequest] = this;
    stream.on('trailers', onStreamTrailers);
    stream.on('end', onStreamEnd);
    stream.on('error', onStreamError);
    stream.on('aborted', onStreamAbortedRequest);
    stream.on('close', onStreamCloseRequest);
    stream.on('timeout', onStreamTimeoutRequest);
    this.on('pause', onRequestPause);
    this.on('resume', onRequestResume);
  }

  get aborted() { return this[kAborted]; }

  get complete() {
    return this[kAborted] || this.readableEnded || this[kState].closed || this[kStream].destroyed;
  }

  get stream() { return this[kStream]; }

  get headers() { return this[kHeaders]; }

  get rawHeaders() { return this[kRawHeaders]; }

  get trailers() { return this[kTrailers]; }

  get rawTrailers() { return this[kRawTrailers]; }

  get httpVersionMajor() { return 2; }

  get httpVersionMinor() { return 0; }

  get httpVersion() { return '2.0'; }

  get socket() {
    const stream = this[kStream];
    const proxySocket = stream[kProxySocket];
    if (proxySocket === null) return stream[kProxySocket] = new Proxy(stream, proxySocketHandler);
    return proxySocket;
  }

  get connection() { return this.socket; }

  _read(nread) {
    const state = this[kState];
    if (state.closed) return;
    if (!state.didRead) {
      state.didRead = true;
      this[kStream].on('data', onStreamData);
    } else {
      process.nextTick(resumeStream, this[kStream]);
    }
  }

  get method() { return this[kHeaders][HTTP2_HEADER_METHOD]; }

  set method(method) {
    validateString(method, 'method');
    if (method.trim() === '') throw new ERR_INVALID_ARG_VALUE('method', method);
    this[kHeaders][HTTP2_HEADER_METHOD] = method;
  }

  get authority() { return getAuthority(this[kHeaders]); }

  get scheme() { return this[kHeaders][HTTP2_HEADER_SCHEME]; }

  get url() { return this[kHeaders][HTTP2_HEADER_PATH]; }

  set url(url) { this[kHeaders][HTTP2_HEADER_PATH] = url; }

  setTimeout(msecs, callback) {
    if (!this[kState].closed) this[kStream].setTimeout(msecs, callback);
    return this;
  }
}

function onStreamTrailersReady() {
  this.sendTrailers(this[kResponse][kTrailers]);
}

function onStreamCloseResponse() {
  const res = this[kResponse];
  if (res === undefined) return;
  const state = res[kState];
  if (this.headRequest !== state.headRequest) return;
  state.closed = true;
  this[kProxySocket] = null;
  this.removeListener('wantTrailers', onStreamTrailersReady);
  this[kResponse] = undefined;
  res.emit('finish');
  res.emit('close');
}

class Http2ServerResponse extends Stream {
  constructor(stream, options) {
    super(options);
    this[kState] = {
      closed: false,
      ending: false,
      destroyed: false,
      headRequest: false,
      sendDate: true,
      statusCode: HTTP_STATUS_OK,
    };
    this[kHeaders] = Object.create(null);
    this[kTrailers] = Object.create(null);
    this[kStream] = stream;
    stream[kProxySocket] = null;
    stream[kResponse] = this;
    this.writable = true;
    this.req = stream[kRequest];
    stream.on('drain', onStreamDrain);
    stream.on('aborted', onStreamAbortedResponse);
    stream.on('close', onStreamCloseResponse);
    stream.on('wantTrailers', onStreamTrailersReady);
    stream.on('timeout', onStreamTimeoutResponse);
  }

  get _header() { return this.headersSent; }

  get writableEnded() { return this[kState].ending; }

  get finished() { return this[kState].ending; }

  get socket() {
    if (this[kState].closed) return undefined;
    const stream = this[kStream];
    const proxySocket = stream[kProxySocket];
    if (proxySocket === null) return stream[kProxySocket] = new Proxy(stream, proxySocketHandler);
    return proxySocket;
  }

  get connection() { return this.socket; }

  get stream() { return this[kStream]; }

  get headersSent() { return this[kStream].headersSent; }

  get sendDate() { return this[kState].sendDate; }

  set sendDate(bool) { this[kState].sendDate = Boolean(bool); }

  get statusCode() { return this[kState].statusCode; }

  get writableCorked() { return this[kStream].writableCorked; }

  get writableHighWaterMark() { return this[kStream].writableHighWaterMark; }

  get writableFinished() { return this[kStream].writableFinished; }

  get writableLength() { return this[kStream].writableLength; }

  set statusCode(code) {
    code |= 0;
    if (code >= 100 && code < 200) throw new ERR_HTTP2_INFO_STATUS_NOT_ALLOWED();
    if (code < 100 || code > 599) throw new ERR_HTTP2_STATUS_INVALID(code);
    this[kState].statusCode = code;
  }

  setTrailer(name, value) {
    validateString(name, 'name');
    name = name.trim().toLowerCase();
    assertValidHeader(name, value);
    this[kTrailers][name] = value;
  }

  addTrailers(headers) {
    for (const key of Object.keys(headers)) this.setTrailer(key, headers[key]);
  }

  getHeader(name) {
    validateString(name, 'name');
    return this[kHeaders][name.trim().toLowerCase()];
  }

  getHeaderNames() { return Object.keys(this[kHeaders]); }

  getHeaders() { return Object.assign({ __proto__: null }, this[kHeaders]); }

  hasHeader(name) {
    validateString(name, 'name');
    return Object.hasOwn(this[kHeaders], name.trim().toLowerCase());
  }

  removeHeader(name) {
    validateString(name, 'name');
    if (this[kStream].headersSent) throw new ERR_HTTP2_HEADERS_SENT();
    name = name.trim().toLowerCase();
    if (name === 'date') {
      this[kState].sendDate = false;
      return;
    }
    delete this[kHeaders][name];
  }

  setHeader(name, value) {
    validateString(name, 'name');
    if (this[kStream].headersSent) throw new ERR_HTTP2_HEADERS_SENT();
    this[kSetHeader](name, value);
  }

  // Shared by setHeader/appendHeader: the normalised name, or undefined when Node drops it.
  [kCheckHeader](name, value) {
    name = name.trim().toLowerCase();
    assertValidHeader(name, value);
    if (!isConnectionHeaderAllowed(name, value)) return undefined;
    if (name[0] === ':') assertValidPseudoHeader(name);
    else if (!checkIsHttpToken(name)) this.destroy(new ERR_INVALID_HTTP_TOKEN('Header name', name));
    return name;
  }

  [kSetHeader](name, value) {
    name = this[kCheckHeader](name, value);
    if (name !== undefined) this[kHeaders][name] = value;
  }

  appendHeader(name, value) {
    validateString(name, 'name');
    if (this[kStream].headersSent) throw new ERR_HTTP2_HEADERS_SENT();
    this[kAppendHeader](name, value);
  }

  [kAppendHeader](name, value) {
    name = this[kCheckHeader](name, value);
    if (name === undefined) return;
    const headers = this[kHeaders];
    if (headers === null || !headers[name]) return this.setHeader(name, value);
    if (!Array.isArray(headers[name])) headers[name] = [headers[name]];
    const existing = headers[name];
    if (Array.isArray(value)) existing.push(...value);
    else existing.push(value);
  }

  get statusMessage() {
    statusMessageWarn();
    return '';
  }

  set statusMessage(msg) { statusMessageWarn(); }

  flushHeaders() {
    const state = this[kState];
    if (!state.closed && !this[kStream].headersSent) this.writeHead(state.statusCode);
  }

  writeHead(statusCode, statusMessage, headers) {
    const state = this[kState];
    if (state.closed || this.stream.destroyed || this.stream.closed) return this;
    if (this[kStream].headersSent) throw new ERR_HTTP2_HEADERS_SENT();
    if (typeof statusMessage === 'string') statusMessageWarn();
    if (headers === undefined && typeof statusMessage === 'object') headers = statusMessage;
    if (Array.isArray(headers)) {
      const pairs = headers.length && Array.isArray(headers[0]);
      if (this[kHeaders]) {
        if (pairs) {
          for (const h of headers) this.removeHeader(h[0]);
        } else {
          for (let n = 0; n < headers.length; n += 2) this.removeHeader(headers[n]);
        }
      }
      if (pairs) {
        for (const h of headers) this[kAppendHeader](h[0], h[1]);
      } else {
        if (headers.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', headers);
        for (let i = 0; i < headers.length; i += 2) this[kAppendHeader](headers[i], headers[i + 1]);
      }
    } else if (typeof headers === 'object') {
      for (const key of Object.keys(headers)) this[kSetHeader](key, headers[key]);
    }
    state.statusCode = statusCode;
    this[kBeginSend]();
    return this;
  }

  cork() { this[kStream].cork(); }

  uncork() { this[kStream].uncork(); }

  write(chunk, encoding, cb) {
    const state = this[kState];
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = 'utf8';
    }
    let err;
    if (state.ending) err = new ERR_STREAM_WRITE_AFTER_END();
    else if (state.closed) err = new ERR_HTTP2_INVALID_STREAM();
    else if (state.destroyed) return false;
    if (err) {
      if (typeof cb === 'function') process.nextTick(cb, err);
      this.destroy(err);
      return false;
    }
    const stream = this[kStream];
    if (!stream.headersSent) this.writeHead(state.statusCode);
    return stream.write(chunk, encoding, cb);
  }

  end(chunk, encoding, cb) {
    const stream = this[kStream];
    const state = this[kState];
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = null;
    } else if (typeof encoding === 'function') {
      cb = encoding;
      encoding = 'utf8';
    }
    if ((state.closed || state.ending) && state.headRequest === stream.headRequest) {
      if (typeof cb === 'function') process.nextTick(cb);
      return this;
    }
    if (chunk !== null && chunk !== undefined) this.write(chunk, encoding);
    state.headRequest = stream.headRequest;
    state.ending = true;
    if (typeof cb === 'function') {
      if (stream.writableEnded) this.once('finish', cb);
      else stream.once('finish', cb);
    }
    if (!stream.headersSent) this.writeHead(this[kState].statusCode);
    if (this[kState].closed || stream.destroyed) onStreamCloseResponse.call(stream);
    else stream.end();
    return this;
  }

  destroy(err) {
    if (this[kState].destroyed) return;
    this[kState].destroyed = true;
    this[kStream].destroy(err);
  }

  setTimeout(msecs, callback) {
    if (this[kState].closed) return;
    this[kStream].setTimeout(msecs, callback);
  }

  createPushResponse(headers, callback) {
    validateFunction(callback, 'callback');
    if (this[kState].closed) {
      process.nextTick(callback, new ERR_HTTP2_INVALID_STREAM());
      return;
    }
    this[kStream].pushStream(headers, {}, (err, stream) => {
      if (err) {
        callback(err);
        return;
      }
      callback(null, new Http2ServerResponse(stream));
    });
  }

  [kBeginSend]() {
    const state = this[kState];
    const headers = this[kHeaders];
    headers[HTTP2_HEADER_STATUS] = state.statusCode;
    this[kStream].respond(headers, {
      endStream: state.ending,
      waitForTrailers: true,
      sendDate: state.sendDate,
    });
  }

  writeContinue() {
    const stream = this[kStream];
    if (stream.headersSent || this[kState].closed) return false;
    stream.additionalHeaders({ [HTTP2_HEADER_STATUS]: HTTP_STATUS_CONTINUE });
    return true;
  }

  writeEarlyHints(hints) {
    validateObject(hints, 'hints');
    const headers = { __proto__: null };
    const linkHeaderValue = validateLinkHeaderValue(hints.link);
    for (const key of Object.keys(hints)) {
      if (key !== 'link') headers[key] = hints[key];
    }
    if (linkHeaderValue.length === 0) return false;
    const stream = this[kStream];
    if (stream.headersSent || this[kState].closed) return false;
    stream.additionalHeaders({
      ...headers,
      [HTTP2_HEADER_STATUS]: HTTP_STATUS_EARLY_HINTS,
      'Link': linkHeaderValue,
    });
    return true;
  }
}

function onServerStream(ServerRequest, ServerResponse, stream, headers, flags, rawHeaders) {
  const server = this;
  const request = new ServerRequest(stream, headers, undefined, rawHeaders);
  const response = new ServerResponse(stream);
  const method = headers[HTTP2_HEADER_METHOD];
  if (method === 'CONNECT') {
    if (!server.emit('connect', request, response)) {
      response.statusCode = HTTP_STATUS_METHOD_NOT_ALLOWED;
      response.end();
    }
    return;
  }
  if (headers.expect !== undefined) {
    if (headers.expect === '100-continue') {
      if (server.listenerCount('checkContinue')) {
        server.emit('checkContinue', request, response);
      } else {
        response.writeContinue();
        server.emit('request', request, response);
      }
    } else if (server.listenerCount('checkExpectation')) {
      server.emit('checkExpectation', request, response);
    } else {
      response.statusCode = HTTP_STATUS_EXPECTATION_FAILED;
      response.end();
    }
    return;
  }
  server.emit('request', request, response);
}

module.exports = {
  onServerStream,
  Http2ServerRequest,
  Http2ServerResponse,
  validateLinkHeaderValue,  // http1.js's writeEarlyHints
};
