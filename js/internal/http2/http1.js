'use strict';
// allowHTTP1: HTTP/1.1 on an http2 secure server's TLS socket, served in JS with the slice of
// Node's http.IncomingMessage / http.ServerResponse a 'request' handler sees (Node v20 wire rules:
// _http_outgoing _storeHeader, _http_incoming _addHeaderLine). Used while there is no 'http' module.

const { Readable, Writable } = require('stream');
const { utcDate } = require('internal/http2/util');

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
  _read() { if (this.socket && this.socket.isPaused && this.socket.isPaused()) this.socket.resume(); }
  setTimeout(msecs, callback) {
    if (callback) this.on('timeout', callback);
    this.socket.setTimeout(msecs);
    return this;
  }
}

const kHeaders = Symbol('outHeaders');

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
  }
  get connection() { return this.socket; }
  get headersSent() { return this._header !== null; }
  get writableEnded() { return this.finished; }

  setHeader(name, value) {
    if (this._header !== null) {
      const { codes: { ERR_HTTP_HEADERS_SENT } } = require('internal/errors');
      throw new ERR_HTTP_HEADERS_SENT('set');
    }
    if (this[kHeaders] === null) this[kHeaders] = { __proto__: null };
    this[kHeaders][name.toLowerCase()] = [name, value];
    return this;
  }
  getHeader(name) {
    const e = this[kHeaders] && this[kHeaders][name.toLowerCase()];
    return e ? e[1] : undefined;
  }
  hasHeader(name) { return !!(this[kHeaders] && this[kHeaders][name.toLowerCase()]); }
  removeHeader(name) { if (this[kHeaders] !== null) delete this[kHeaders][name.toLowerCase()]; }
  getHeaderNames() { return this[kHeaders] === null ? [] : Object.keys(this[kHeaders]); }
  getHeaders() {
    const out = { __proto__: null };
    if (this[kHeaders] !== null) for (const k of Object.keys(this[kHeaders])) out[k] = this[kHeaders][k][1];
    return out;
  }
  flushHeaders() { if (this._header === null) this._storeHeader(null); this._flushHead(); }

  writeHead(statusCode, reason, obj) {
    if (typeof reason !== 'string') { obj = reason; reason = undefined; }
    this.statusCode = statusCode |= 0;
    if (reason !== undefined) this.statusMessage = reason;
    else if (!this.statusMessage) this.statusMessage = STATUS_CODES[statusCode] || 'unknown';
    if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) {
      this._hasBody = false;
    }
    let list;
    if (this[kHeaders] !== null) {
      if (obj) for (const k of Object.keys(obj)) this.setHeader(k, obj[k]);
      list = Object.values(this[kHeaders]);
    } else {
      list = obj ? Object.keys(obj).map((k) => [k, obj[k]]) : [];
    }
    this._storeHeader(list);
    return this;
  }

  _implicitHeader() { this.writeHead(this.statusCode); }

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
    if (!this._headerFlushed) { this._headerFlushed = true; this.socket.write(this._header, 'latin1'); }
  }

  _writeBody(chunk, encoding) {
    if (this._header === null) this._implicitHeader();
    this._flushHead();
    if (!this._hasBody || chunk === undefined || chunk === null) return;
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, encoding || 'utf8') : chunk;
    if (buf.length === 0) return;
    if (this.chunkedEncoding) {
      this.socket.write(buf.length.toString(16) + '\r\n', 'latin1');
      this.socket.write(buf);
      this.socket.write('\r\n', 'latin1');
    } else {
      this.socket.write(buf);
    }
  }

  write(chunk, encoding, cb) {
    if (typeof encoding === 'function') { cb = encoding; encoding = undefined; }
    this._writeBody(chunk, encoding);
    if (cb) process.nextTick(cb);
    return true;
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
      this._conn.responseDone(this);
      this.emit('close');
    });
    return this;
  }
}

// One HTTP/1.1 connection: parse requests one at a time (the next one waits for the response).
class Http1Connection {
  constructor(server, socket) {
    this.server = server;
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
    socket.on('close', () => {
      if (this.req && !this.req.complete) { this.req.aborted = true; this.req.destroy(); }
    });
  }

  parse() {
    while (!this.done) {
      if (this.req === null) {
        if (this.res !== null) return; // waiting for the response to finish
        const end = this.buf.indexOf('\r\n\r\n');
        if (end < 0) return;
        const lines = this.buf.toString('latin1', 0, end).split('\r\n');
        this.buf = this.buf.subarray(end + 4);
        if (!this.startRequest(lines)) return;
      } else if (this.chunked) {
        if (!this.parseChunk()) return;
      } else {
        const n = Math.min(this.bodyLeft, this.buf.length);
        if (n > 0) { this.req.push(this.buf.subarray(0, n)); this.buf = this.buf.subarray(n); this.bodyLeft -= n; }
        if (this.bodyLeft > 0) return;
        this.finishBody();
      }
    }
  }

  startRequest(lines) {
    const m = /^([A-Z]+) (\S+) HTTP\/1\.([01])$/.exec(lines[0]);
    if (!m) { this.fail(); return false; }
    const req = new IncomingMessage(this.socket);
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
    const res = this.res = new ServerResponse(req, this);
    if (req.httpVersionMinor < 1) res.useChunkedEncodingByDefault = false;
    this.server.emit('request', req, res);
    return true;
  }

  parseChunk() {
    if (this.bodyLeft > 0) {
      const n = Math.min(this.bodyLeft, this.buf.length);
      if (n > 0) { this.req.push(this.buf.subarray(0, n)); this.buf = this.buf.subarray(n); this.bodyLeft -= n; }
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

  fail() {
    this.done = true;
    this.socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n', 'latin1');
  }
}

function connectionListener(socket) {
  new Http1Connection(this, socket);
}

module.exports = { IncomingMessage, ServerResponse, STATUS_CODES, connectionListener };
