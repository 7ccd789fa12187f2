'use strict';
// allowHTTP1: HTTP/1.1 on an http2 secure server's TLS socket, served in JS with the slice of
// Node's http.IncomingMessage / http.ServerResponse a 'request' handler sees (Node v20 wire rules:
// _http_outgoing _storeHeader, _http_incoming _addHeaderLine). js/http.js is client-only, so the
// server side lives here (it also lends IncomingMessage, STATUS_CODES and addHeaderLine to it).

const { Readable, Writable } = require('stream');
const { checkIsHttpToken, utcDate } = require('internal/http2/util');

// Node's http.STATUS_CODES (generated from node v20).
const STATUS_CODES = {"100":"Continue","101":"Switching Protocols","102":"Processing","103":"Early Hints","200":"OK","201":"Created","202":"Accepted","203":"Non-Authoritative Information","204":"No Content","205":"Reset Content","206":"Partial Content","207":"Multi-Status","208":"Already Reported","226":"IM Used","300":"Multiple Choices","301":"Moved Permanently","302":"Found","303":"See Other","304":"Not Modified","305":"Use Proxy","307":"Temporary Redirect","308":"Permanent Redirect","400":"Bad Request","401":"Unauthorized","402":"Payment Required","403":"Forbidden","404":"Not Found","405":"Method Not Allowed","406":"Not Acceptable","407":"Proxy Authentication Required","408":"Request Timeout","409":"Conflict","410":"Gone","411":"Length Required","412":"Precondition Failed","413":"Payload Too Large","414":"URI Too Long","415":"Unsupported Media Type","416":"Range Not Satisfiable","417":"Expectation Failed","418":"I'm a Teapot","421":"Misdirected Request","422":"Unprocessable Entity","423":"Locked","424":"Failed Dependency","425":"Too Early","426":"Upgrade Required","428":"Precondition Required","429":"Too Many Requests","431":"Request Header Fields Too Large","451":"Unavailable For Legal Reasons","500":"Internal Server Error","501":"Not Implemented","502":"Bad Gateway","503":"Service Unavailable","504":"Gateway Timeout","505":"HTTP Version Not Supported","506":"Variant Also Negotiates","507":"Insufficient Storage","508":"Loop Detected","509":"Bandwidth Limit Exceeded","510":"Not Extended","511":"Network Authentication Required"};

// Headers whose duplicates Node drops (first wins), as _http_incoming matchKnownFields.
const DROP_DUPS = new Set(['content-type', 'content-length', 'user-agent', 'referer', 'host',
  'authorization', 'proxy-authorization', 'if-modified-since', 'if-unmodified-since', 'from',
  'location', 'max-forwards', 'retry-after', 'etag', 'last-modified', 'server', 'age', 'expires']);

function addHeaderLine(dest, name, value) {
  const key = name.toLowerCase();
  if (key === 'set-cookie') {
    if (dest[key] === undefined) dest[key] = [value]; else dest[key].push(value);
  } else if (dest[key] === undefined) {
    dest[key] = value;
  } else if (!DROP_DUPS.has(key)) {
    dest[key] += (key === 'cookie' ? '; ' : ', ') + value;
  }
}

class IncomingMessage extends Readable {
  constructor(socket) {
    super();
    this.socket = socket;
    this.httpVersionMajor = 1;
    this.httpVersionMinor = 1;
    this.httpVersion = '1.1';
    this.complete = false;
    this.rawHeaders = [];
    this.rawTrailers = [];
    this.headers = {};
    this.trailers = {};
    this.aborted = false;
    this.upgrade = false;
    this.url = '';
    this.method = null;
    this.statusCode = null;
    this.statusMessage = null;
  }
  get connection() { return this.socket; }
  // Node's IncomingMessage._destroy: 'aborted' for an unfinished request; the error is emitted
  // only when someone listens for it.
  _destroy(err, cb) {
    if (!this.readableEnded || !this.complete) {
      this.aborted = true;
      this.emit('aborted');
    }
    if (err && this.listenerCount('error') === 0) cb(); else cb(err);
  }
  // Node's readStart: the connection paused the socket when push() said the buffer is full
  _read() {
    this._consuming = true;
    if (this.socket && this.socket.isPaused && this.socket.isPaused()) this.socket.resume();
  }
  // Node's _dump: a body nobody reads is discarded once the response is done (keep-alive goes on)
  _dump() {
    if (!this._dumped) {
      this._dumped = true;
      this.removeAllListeners('data');
      this.resume();
    }
  }
  setTimeout(msecs, callback) {
    if (callback) this.on('timeout', callback);
    this.socket.setTimeout(msecs);
    return this;
  }
}

const kHeaders = Symbol('outHeaders');
const kNeedDrain = Symbol('kNeedDrain');

// _http_common / _http_outgoing checks.
const kInvalidHeaderChar = /[^\t\x20-\x7e\x80-\xff]/;
function httpErrors() { return require('internal/errors').codes; }
function validateHeaderName(name) {
  if (typeof name !== 'string' || !name || !checkIsHttpToken(name)) {
    throw new (httpErrors().ERR_INVALID_HTTP_TOKEN)('Header name', name);
  }
}
function validateHeaderValue(name, value) {
  const codes = httpErrors();
  if (value === undefined) throw new codes.ERR_HTTP_INVALID_HEADER_VALUE(value, name);
  if (kInvalidHeaderChar.test(String(value))) throw new codes.ERR_INVALID_CHAR('header content', name);
}
function validateName(name) {
  require('internal/validators').validateString(name, 'name');
}

class ServerResponse extends Writable {
  constructor(req, conn) {
    super({ decodeStrings: false });
    this.req = req;
    this._conn = conn;
    this.socket = req.socket;
    this.statusCode = 200;
    this.statusMessage = undefined;
    this.sendDate = true;
    this.chunkedEncoding = false;
    this.shouldKeepAlive = conn.keepAlive;
    this.useChunkedEncodingByDefault = true;
    this._hasBody = req.method !== 'HEAD';
    this._header = null;
    this._contentLength = null;
    this.finished = false;
    this[kHeaders] = null;
    this[kNeedDrain] = false;
  }
  get connection() { return this.socket; }
  get headersSent() { return this._header !== null; }
  get writableEnded() { return this.finished; }
  get writableNeedDrain() { return !this.destroyed && !this.finished && this[kNeedDrain]; }
  get writableLength() { return this.socket ? this.socket.writableLength : 0; }
  get writableHighWaterMark() { return this.socket ? this.socket.writableHighWaterMark : 16384; }

  setTimeout(msecs, callback) {
    if (callback) this.on('timeout', callback);
    this.socket.setTimeout(msecs);
    return this;
  }

  setHeader(name, value) {
    if (this._header !== null) {
      const { codes: { ERR_HTTP_HEADERS_SENT } } = require('internal/errors');
      throw new ERR_HTTP_HEADERS_SENT('set');
    }
    validateHeaderName(name);
    validateHeaderValue(name, value);
    if (this[kHeaders] === null) this[kHeaders] = { __proto__: null };
    this[kHeaders][name.toLowerCase()] = [name, value];
    return this;
  }
  getHeader(name) {
    validateName(name);
    const e = this[kHeaders] && this[kHeaders][name.toLowerCase()];
    return e ? e[1] : undefined;
  }
  appendHeader(name, value) {
    if (this._header !== null) {
      const { codes: { ERR_HTTP_HEADERS_SENT } } = require('internal/errors');
      throw new ERR_HTTP_HEADERS_SENT('append');
    }
    validateHeaderName(name);
    validateHeaderValue(name, value);
    const field = name.toLowerCase();
    const headers = this[kHeaders];
    if (headers === null || !headers[field]) return this.setHeader(name, value);
    if (!Array.isArray(headers[field][1])) headers[field][1] = [headers[field][1]];
    const existing = headers[field][1];
    if (Array.isArray(value)) for (const v of value) existing.push(v);
    else existing.push(value);
    return this;
  }
  hasHeader(name) {
    validateName(name);
    return !!(this[kHeaders] && this[kHeaders][name.toLowerCase()]);
  }
  removeHeader(name) {
    validateName(name);
    if (this._header !== null) throw new (httpErrors().ERR_HTTP_HEADERS_SENT)('remove');
    if (this[kHeaders] !== null) delete this[kHeaders][name.toLowerCase()];
  }
  getHeaderNames() { return this[kHeaders] === null ? [] : Object.keys(this[kHeaders]); }
  getHeaders() {
    const out = { __proto__: null };
    if (this[kHeaders] !== null) for (const k of Object.keys(this[kHeaders])) out[k] = this[kHeaders][k][1];
    return out;
  }
  flushHeaders() { if (this._header === null) this._storeHeader(null); this._flushHead(); }

  writeHead(statusCode, reason, obj) {
    if (this._header !== null) throw new (httpErrors().ERR_HTTP_HEADERS_SENT)('write');
    if (typeof reason !== 'string') { obj = reason; reason = undefined; }
    const original = statusCode;
    statusCode |= 0;
    if (statusCode < 100 || statusCode > 999) {
      throw new (httpErrors().ERR_HTTP_INVALID_STATUS_CODE)(original);
    }
    this.statusCode = statusCode;
    if (reason !== undefined) this.statusMessage = reason;
    else if (!this.statusMessage) this.statusMessage = STATUS_CODES[statusCode] || 'unknown';
    if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) {
      this._hasBody = false;
    }
    let list;
    if (Array.isArray(obj) && obj.length % 2 !== 0) {
      const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_VALUE('headers', obj);
    }
    if (this[kHeaders] !== null) {
      if (Array.isArray(obj)) {
        // Node: the array's fields replace earlier ones but keep their own duplicates
        for (let n = 0; n < obj.length; n += 2) this.removeHeader(obj[n]);
        for (let n = 0; n < obj.length; n += 2) if (obj[n]) this.appendHeader(obj[n], obj[n + 1]);
      } else if (obj) {
        for (const k of Object.keys(obj)) if (k) this.setHeader(k, obj[k]);
      }
      list = Object.values(this[kHeaders]);
    } else if (Array.isArray(obj)) {
      list = [];
      for (let n = 0; n < obj.length; n += 2) list.push([obj[n], obj[n + 1]]);
    } else {
      list = obj ? Object.keys(obj).map((k) => [k, obj[k]]) : [];
    }
    if (this[kHeaders] === null) {
      // headers given only to writeHead are checked as _storeHeader's processHeader does
      for (const [k, v] of list) {
        validateHeaderName(k);
        if (Array.isArray(v)) for (const x of v) validateHeaderValue(k, x);
        else validateHeaderValue(k, v);
      }
    }
    this._storeHeader(list);
    return this;
  }

  _implicitHeader() { this.writeHead(this.statusCode); }

  writeEarlyHints(hints, cb) {
    const { validateObject } = require('internal/validators');
    validateObject(hints, 'hints');
    if (hints.link === null || hints.link === undefined) return;
    const link = require('internal/http2/compat').validateLinkHeaderValue(hints.link);
    if (link.length === 0) return;
    let head = `HTTP/1.1 103 Early Hints\r\nLink: ${link}\r\n`;
    for (const key of Object.keys(hints)) if (key !== 'link') head += `${key}: ${hints[key]}\r\n`;
    this.socket.write(`${head}\r\n`, 'latin1', cb);
  }

  writeContinue(cb) {
    this.socket.write('HTTP/1.1 100 Continue\r\n\r\n', 'latin1', cb);
    this._sent100 = true;
  }

  _storeHeader(list) {
    let head = `HTTP/1.1 ${this.statusCode} ${this.statusMessage}\r\n`;
    const st = { connection: false, contLen: false, te: false, date: false, trailer: false };
    for (const [name, value] of list || []) {
      const values = Array.isArray(value) ? value : [value];
      for (const v of values) head += `${name}: ${v}\r\n`;
      const k = name.toLowerCase();
      if (k === 'connection') {
        st.connection = true;
        if (/(?:^|\W)close(?:$|\W)/i.test(String(value))) this.shouldKeepAlive = false;
      } else if (k === 'content-length') st.contLen = true;
      else if (k === 'transfer-encoding') {
        st.te = true;
        if (/(?:^|\W)chunked(?:$|\W)/i.test(String(value))) this.chunkedEncoding = true;
      } else if (k === 'date') st.date = true;
      else if (k === 'trailer') st.trailer = true;
    }
    if (!st.date && this.sendDate) head += `Date: ${utcDate()}\r\n`;
    if (!st.connection) {
      if (this.shouldKeepAlive && (st.contLen || this.useChunkedEncodingByDefault)) {
        head += 'Connection: keep-alive\r\n';
      } else {
        this.shouldKeepAlive = false;
        head += 'Connection: close\r\n';
      }
    }
    if (!st.contLen && !st.te) {
      if (!this._hasBody) this.chunkedEncoding = false;
      else if (!st.trailer && typeof this._contentLength === 'number') {
        head += `Content-Length: ${this._contentLength}\r\n`;
      } else {
        head += 'Transfer-Encoding: chunked\r\n';
        this.chunkedEncoding = true;
      }
    }
    this._header = head + '\r\n';
    this._headerFlushed = false;
  }

  _flushHead() {
    if (!this._headerFlushed) { this._headerFlushed = true; return this.socket.write(this._header, 'latin1'); }
    return true;
  }

  // Returns what the socket's write returned (Node's write_: false once the socket's buffer
  // reached its high-water mark; the socket's 'drain' then becomes the response's 'drain').
  _writeBody(chunk, encoding) {
    if (this._header === null) this._implicitHeader();
    const headOk = this._flushHead();
    if (!this._hasBody || chunk === undefined || chunk === null) return true;
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, encoding || 'utf8') : chunk;
    if (buf.length === 0) return headOk;
    if (this.chunkedEncoding) {
      this.socket.write(buf.length.toString(16) + '\r\n', 'latin1');
      this.socket.write(buf);
      return this.socket.write('\r\n', 'latin1');
    }
    return this.socket.write(buf);
  }

  write(chunk, encoding, cb) {
    if (typeof encoding === 'function') { cb = encoding; encoding = undefined; }
    if (this.finished) {
      // Node's write_: the callback, then 'error', on the next tick
      const err = new (httpErrors().ERR_STREAM_WRITE_AFTER_END)();
      if (!this.destroyed) {
        process.nextTick(() => {
          if (typeof cb === 'function') cb(err);
          if (!this.destroyed) this.emit('error', err);
        });
      } else if (typeof cb === 'function') {
        process.nextTick(cb, err);
      }
      return false;
    }
    const ok = this._writeBody(chunk, encoding);
    if (cb) process.nextTick(cb);
    if (!ok) this[kNeedDrain] = true;
    return ok;
  }

  end(chunk, encoding, cb) {
    if (typeof chunk === 'function') { cb = chunk; chunk = undefined; }
    else if (typeof encoding === 'function') { cb = encoding; encoding = undefined; }
    if (this.finished) { if (cb) process.nextTick(cb); return this; }
    if (this._header === null) {
      if (chunk) {
        this._contentLength = typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.length;
      } else {
        this._contentLength = 0;
      }
    }
    this._writeBody(chunk, encoding);
    if (this.chunkedEncoding && this._hasBody) this.socket.write('0\r\n\r\n', 'latin1');
    this.finished = true;
    if (cb) this.once('finish', cb);
    process.nextTick(() => {
      this.emit('finish');
      // Node's resOnFinish: an unread request body is dumped so the connection can go on
      if (!this.req._consuming && !this.req._readableState.resumeScheduled) this.req._dump();
      this._conn.responseDone(this);
      this.emit('close');
    });
    return this;
  }
}

// llhttp's request-head checks, as [bytesParsed, code, reason] of the first error, or null.
const METHODS = ['DELETE', 'GET', 'HEAD', 'POST', 'PUT', 'CONNECT', 'OPTIONS', 'TRACE', 'COPY', 'LOCK',
  'MKCOL', 'MOVE', 'PROPFIND', 'PROPPATCH', 'SEARCH', 'UNLOCK', 'BIND', 'REBIND', 'UNBIND', 'ACL',
  'REPORT', 'MKACTIVITY', 'CHECKOUT', 'MERGE', 'M-SEARCH', 'NOTIFY', 'SUBSCRIBE', 'UNSUBSCRIBE',
  'PATCH', 'PURGE', 'MKCALENDAR', 'LINK', 'UNLINK', 'SOURCE', 'QUERY'];
const TCHAR = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]$/;

function checkHead(lines) {
  const line = lines[0];
  // method: llhttp walks a trie; the error is where no method continues
  let i = 0;
  for (;;) {
    const prefix = line.slice(0, i + 1);
    if (i < line.length && METHODS.some((m) => m.startsWith(prefix))) { i++; continue; }
    break;
  }
  if (line[i] !== ' ' || !METHODS.includes(line.slice(0, i))) {
    return [i, 'HPE_INVALID_METHOD', 'Invalid method encountered'];
  }
  const sp = line.indexOf(' ', i + 1);
  if (sp > 0) {
    const v = /^HTTP\/(\d)\.(\d)$/.exec(line.slice(sp + 1));
    if (v && !(v[1] === '1' && (v[2] === '0' || v[2] === '1'))) {
      return [line.length, 'HPE_INVALID_VERSION', 'Invalid HTTP version'];
    }
  }
  let off = line.length + 2;
  for (let n = 1; n < lines.length; n++) {
    const l = lines[n];
    const c = l.indexOf(':');
    const nameEnd = c < 0 ? l.length : c;
    for (let k = 0; k < nameEnd; k++) {
      if (!TCHAR.test(l[k])) return [off + k, 'HPE_INVALID_HEADER_TOKEN', 'Invalid header token'];
    }
    if (c < 0) return [off + l.length, 'HPE_INVALID_HEADER_TOKEN', 'Invalid header token'];
    if (l.slice(0, c).toLowerCase() === 'content-length') {
      let k = c + 1;
      while (l[k] === ' ' || l[k] === '\t') k++;
      for (; k < l.length; k++) {
        if (!/[0-9 \t]/.test(l[k])) {
          return [off + k, 'HPE_INVALID_CONTENT_LENGTH', 'Invalid character in Content-Length'];
        }
      }
    }
    off += l.length + 2;
  }
  return null;
}

// One HTTP/1.1 connection: parse requests one at a time (the next one waits for the response).
class Http1Connection {
  constructor(server, socket, options = {}) {
    this.server = server;
    this.IncomingMessage = options.Http1IncomingMessage || IncomingMessage;
    this.ServerResponse = options.Http1ServerResponse || ServerResponse;
    this.socket = socket;
    this.buf = Buffer.alloc(0);
    this.req = null;
    this.res = null;
    this.bodyLeft = 0;
    this.chunked = false;
    this.keepAlive = true;
    this.done = false;
    socket.on('data', (d) => { this.buf = Buffer.concat([this.buf, d]); this.parse(); });
    socket.on('end', () => { if (this.req === null) socket.end(); });
    socket.on('error', () => {});
    socket.on('drain', () => {  // Node's socketOnDrain
      const res = this.res;
      if (res && !res.finished && res[kNeedDrain]) {
        res[kNeedDrain] = false;
        res.emit('drain');
      }
    });
    socket.on('close', () => {
      if (this.req && !this.req.complete) {
        const err = new Error('aborted');  // Node's connResetException('aborted')
        err.code = 'ECONNRESET';
        this.req.destroy(err);
      }
    });
  }

  parse() {
    while (!this.done) {
      if (this.req === null) {
        if (this.res !== null) return; // waiting for the response to finish
        const end = this.buf.indexOf('\r\n\r\n');
        if (end < 0) return;
        const lines = this.buf.toString('latin1', 0, end).split('\r\n');
        const bad = checkHead(lines);
        if (bad !== null) { this.fail(bad, this.buf); return; }
        this.buf = this.buf.subarray(end + 4);
        if (!this.startRequest(lines)) return;
      } else if (this.chunked) {
        if (!this.parseChunk()) return;
      } else {
        const n = Math.min(this.bodyLeft, this.buf.length);
        if (n > 0) { this.pushBody(this.buf.subarray(0, n)); this.buf = this.buf.subarray(n); this.bodyLeft -= n; }
        if (this.bodyLeft > 0) return;
        this.finishBody();
      }
    }
  }

  startRequest(lines) {
    const m = /^([A-Z]+) (\S+) HTTP\/1\.([01])$/.exec(lines[0]);
    if (!m) { this.fail(); return false; }
    const req = new this.IncomingMessage(this.socket);
    req.method = m[1];
    req.url = m[2];
    req.httpVersionMinor = +m[3];
    req.httpVersion = `1.${m[3]}`;
    for (let i = 1; i < lines.length; i++) {
      const c = lines[i].indexOf(':');
      if (c <= 0) { this.fail(); return false; }
      const name = lines[i].slice(0, c);
      const value = lines[i].slice(c + 1).trim();
      req.rawHeaders.push(name, value);
      addHeaderLine(req.headers, name, value);
    }
    const conn = String(req.headers.connection || '').toLowerCase();
    this.keepAlive = req.httpVersionMinor === 1 ? !/(?:^|\W)close(?:$|\W)/.test(conn)
      : /(?:^|\W)keep-alive(?:$|\W)/.test(conn);
    this.chunked = /chunked/i.test(String(req.headers['transfer-encoding'] || ''));
    this.bodyLeft = this.chunked ? 0 : (+req.headers['content-length'] || 0);
    this.req = req;
    const res = this.res = new this.ServerResponse(req, this);
    if (req.httpVersionMinor < 1) res.useChunkedEncodingByDefault = false;
    const server = this.server;
    // Node's _http_server parserOnIncoming: Expect on HTTP/1.1
    if (req.headers.expect !== undefined && req.httpVersionMinor === 1) {
      if (/(?:^|\W)100-continue(?:$|\W)/i.test(req.headers.expect)) {
        res._expect_continue = true;
        if (server.listenerCount('checkContinue') > 0) {
          server.emit('checkContinue', req, res);
        } else {
          res.writeContinue();
          server.emit('request', req, res);
        }
      } else if (server.listenerCount('checkExpectation') > 0) {
        server.emit('checkExpectation', req, res);
      } else {
        res.writeHead(417);
        res.end();
      }
      return true;
    }
    server.emit('request', req, res);
    return true;
  }

  parseChunk() {
    if (this.bodyLeft > 0) {
      const n = Math.min(this.bodyLeft, this.buf.length);
      if (n > 0) { this.pushBody(this.buf.subarray(0, n)); this.buf = this.buf.subarray(n); this.bodyLeft -= n; }
      if (this.bodyLeft > 0) return false;
      if (this.buf.length < 2) { this.bodyLeft = -2; return false; }
      this.buf = this.buf.subarray(2);
      return true;
    }
    if (this.bodyLeft === -2) {
      if (this.buf.length < 2) return false;
      this.buf = this.buf.subarray(2);
      this.bodyLeft = 0;
      return true;
    }
    const eol = this.buf.indexOf('\r\n');
    if (eol < 0) return false;
    const size = parseInt(this.buf.toString('latin1', 0, eol), 16);
    if (Number.isNaN(size)) { this.fail(); return false; }
    if (size === 0) {
      const end = this.buf.indexOf('\r\n\r\n', eol);
      const trailerEnd = this.buf.indexOf('\r\n', eol + 2) === eol + 2 ? eol + 4 : (end < 0 ? -1 : end + 4);
      if (trailerEnd < 0) return false;
      const lines = this.buf.toString('latin1', eol + 2, trailerEnd - 4).split('\r\n').filter(Boolean);
      for (const l of lines) {
        const c = l.indexOf(':');
        if (c > 0) {
          this.req.rawTrailers.push(l.slice(0, c), l.slice(c + 1).trim());
          addHeaderLine(this.req.trailers, l.slice(0, c), l.slice(c + 1).trim());
        }
      }
      this.buf = this.buf.subarray(trailerEnd);
      this.finishBody();
      return true;
    }
    this.buf = this.buf.subarray(eol + 2);
    this.bodyLeft = size;
    return true;
  }

  // Node's parserOnBody: a full request buffer stops reading the socket (readStop); the
  // request's _read resumes it, so a handler that does not consume holds the upload back
  pushBody(chunk) {
    if (!this.req.push(chunk)) this.socket.pause();
  }

  finishBody() {
    const req = this.req;
    this.req = null;
    this.chunked = false;
    req.complete = true;
    req.push(null);
  }

  responseDone(res) {
    if (res !== this.res) return;
    this.res = null;
    if (!res.shouldKeepAlive) {
      this.done = true;
      this.socket.end();
      return;
    }
    if (this.buf.length > 0) process.nextTick(() => this.parse());
  }

  // A parse error: 'clientError' (err, socket) when someone listens, else 400 and close (Node).
  fail(bad, raw) {
    this.done = true;
    if (bad && this.server.listenerCount('clientError') > 0) {
      const err = new Error(`Parse Error: ${bad[2]}`);
      err.bytesParsed = bad[0];
      err.code = bad[1];
      err.reason = bad[2];
      err.rawPacket = raw;
      this.server.emit('clientError', err, this.socket);
      return;
    }
    this.socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n', 'latin1');
  }
}

// `options`: the server's (Http1IncomingMessage / Http1ServerResponse classes, as Node's
// http connectionListener takes them from the server).
function connectionListener(socket, options = {}) {
  new Http1Connection(this, socket, options);
}

module.exports = { IncomingMessage, ServerResponse, STATUS_CODES, connectionListener, addHeaderLine };
