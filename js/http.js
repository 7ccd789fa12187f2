'use strict';
// Node's `http`, client side only: request()/get() with ClientRequest and IncomingMessage over
// `net` (HTTP/1.1, Content-Length or chunked bodies, CONNECT tunnels via 'connect', 101 via
// 'upgrade'), STATUS_CODES, METHODS, validateHeaderName/Value, maxHeaderSize.
// Not built (absent, not faked): createServer/Server/ServerResponse, Agent pooling (each request
// gets its own connection, closed after the response), setMaxIdleHTTPParsers. See docs/grpc.md.

const net = require('net');
const { Writable } = require('stream');
const { Buffer } = require('buffer');
const { IncomingMessage, STATUS_CODES, addHeaderLine } = require('internal/http2/http1');
const { urlToHttpOptions } = require('url');
const { checkIsHttpToken } = require('internal/http2/util');
const {
  codes: {
    ERR_INVALID_HTTP_TOKEN, ERR_HTTP_INVALID_HEADER_VALUE, ERR_INVALID_CHAR, ERR_HTTP_HEADERS_SENT,
    ERR_INVALID_PROTOCOL, ERR_UNESCAPED_CHARACTERS,
  },
  ConnResetException,
} = require('internal/errors');

const METHODS = ['ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK',
  'M-SEARCH', 'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS', 'PATCH',
  'POST', 'PROPFIND', 'PROPPATCH', 'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT', 'SEARCH', 'SOURCE',
  'SUBSCRIBE', 'TRACE', 'UNBIND', 'UNLINK', 'UNLOCK', 'UNSUBSCRIBE'];

const headerCharRegex = /[^\t\x20-\x7e\x80-\xff]/;

function validateHeaderName(name, label = 'Header name') {
  if (typeof name !== 'string' || !name || !checkIsHttpToken(name)) {
    throw new ERR_INVALID_HTTP_TOKEN(label, name);
  }
}

function validateHeaderValue(name, value) {
  if (value === undefined) throw new ERR_HTTP_INVALID_HEADER_VALUE(value, name);
  if (headerCharRegex.test(String(value))) throw new ERR_INVALID_CHAR('header content', name);
}

// ---- response parser (one response per connection) -------------------------------------------

class ResponseParser {
  constructor(req) {
    this.req = req;
    this.buf = Buffer.alloc(0);
    this.state = 'head';   // head | body | chunked | close | done
    this.remaining = 0;
    this.res = null;
  }

  feed(data) {
    this.buf = this.buf.length ? Buffer.concat([this.buf, data]) : data;
    for (;;) {
      if (this.state === 'head') {
        const end = this.buf.indexOf('\r\n\r\n');
        if (end < 0) return;
        const head = this.buf.subarray(0, end).toString('latin1');
        this.buf = this.buf.subarray(end + 4);
        if (!this.onHead(head)) return;
      } else if (this.state === 'body') {
        if (!this.buf.length) return;
        const n = Math.min(this.remaining, this.buf.length);
        this.res.push(this.buf.subarray(0, n));
        this.buf = this.buf.subarray(n);
        this.remaining -= n;
        if (this.remaining === 0) this.finish();
      } else if (this.state === 'chunked') {
        if (!this.onChunk()) return;
      } else if (this.state === 'close') {
        if (this.buf.length) this.res.push(this.buf);
        this.buf = Buffer.alloc(0);
        return;
      } else {
        return;
      }
    }
  }

  onHead(head) {
    const lines = head.split('\r\n');
    const m = /^HTTP\/1\.([01]) (\d{3})(?: (.*))?$/.exec(lines[0]);
    if (!m) {
      this.req._fail(Object.assign(new Error('Parse Error: Invalid response status'), { code: 'HPE_INVALID_STATUS' }));
      return false;
    }
    const res = new IncomingMessage(this.req.socket);
    res.httpVersionMinor = +m[1];
    res.httpVersion = `1.${m[1]}`;
    res.statusCode = +m[2];
    res.statusMessage = m[3] || '';
    res.req = this.req;
    for (let i = 1; i < lines.length; i++) {
      const c = lines[i].indexOf(':');
      if (c <= 0) continue;
      const name = lines[i].slice(0, c);
      const value = lines[i].slice(c + 1).trim();
      res.rawHeaders.push(name, value);
      addHeaderLine(res.headers, name, value);
    }
    const status = res.statusCode;
    if (status >= 100 && status < 200 && status !== 101) {
      this.req.emit('information', { statusCode: status, statusMessage: res.statusMessage,
        httpVersion: res.httpVersion, headers: res.headers, rawHeaders: res.rawHeaders });
      return true;
    }
    this.res = res;
    const method = this.req.method;
    if ((method === 'CONNECT' && status >= 200 && status < 300) || status === 101) {
      this.state = 'done';
      res.upgrade = true;
      this.req._tunnel(res, this.buf);
      return false;
    }
    const te = (res.headers['transfer-encoding'] || '').toLowerCase();
    if (method === 'HEAD' || status === 204 || status === 304) {
      this.state = 'done';
    } else if (te.endsWith('chunked')) {
      this.state = 'chunked';
    } else if (res.headers['content-length'] !== undefined) {
      this.remaining = +res.headers['content-length'];
      this.state = this.remaining > 0 ? 'body' : 'done';
    } else {
      this.state = 'close';
    }
    this.req._response(res);
    if (this.state === 'done') this.finish();
    return true;
  }

  onChunk() {
    const eol = this.buf.indexOf('\r\n');
    if (eol < 0) return false;
    const size = parseInt(this.buf.subarray(0, eol).toString('latin1'), 16);
    if (size === 0) {
      const end = this.buf.indexOf('\r\n\r\n', eol);
      const endAt = this.buf.subarray(eol, eol + 2).equals(Buffer.from('\r\n')) && this.buf.subarray(eol + 2, eol + 4).toString() === '\r\n' ? eol : end;
      if (endAt < 0) return false;
      const trailerText = this.buf.subarray(eol + 2, endAt + 2).toString('latin1');
      for (const line of trailerText.split('\r\n')) {
        const c = line.indexOf(':');
        if (c > 0) {
          this.res.rawTrailers.push(line.slice(0, c), line.slice(c + 1).trim());
          addHeaderLine(this.res.trailers, line.slice(0, c), line.slice(c + 1).trim());
        }
      }
      this.buf = this.buf.subarray(endAt + 4);
      this.finish();
      return true;
    }
    if (this.buf.length < eol + 2 + size + 2) return false;
    this.res.push(this.buf.subarray(eol + 2, eol + 2 + size));
    this.buf = this.buf.subarray(eol + 2 + size + 2);
    return true;
  }

  finish() {
    this.state = 'done';
    this.res.complete = true;
    this.res.push(null);
    this.req._done();
  }

  eof() {
    if (this.state === 'close') this.finish();
    return this.state === 'done';
  }
}

// ---- ClientRequest ----------------------------------------------------------------------------

const kHeaders = Symbol('kOutHeaders');

class ClientRequest extends Writable {
  constructor(input, options, cb) {
    super({ decodeStrings: true, autoDestroy: false, emitClose: false });
    if (typeof input === 'string' || input instanceof URL) {
      const url = typeof input === 'string' ? new URL(input) : input;
      input = urlToHttpOptions(url);
    } else {
      cb = options;
      options = input;
      input = null;
    }
    if (typeof options === 'function') {
      cb = options;
      options = input || {};
    } else {
      options = Object.assign({}, input, options);
    }
    const protocol = options.protocol || 'http:';
    if (protocol !== 'http:') throw new ERR_INVALID_PROTOCOL(protocol, 'http:');
    const method = (options.method || 'GET').toUpperCase();
    if (options.method !== undefined) validateHeaderName(options.method, 'Method');
    const path = options.path || '/';
    if (/[\u0000-\u0020]/.test(path)) throw new ERR_UNESCAPED_CHARACTERS('Request path');
    this.method = method;
    this.path = path;
    this.host = options.hostname || (options.host ? String(options.host).replace(/:\d+$/, '') : 'localhost');
    this.port = options.port || options.defaultPort || 80;
    this.protocol = protocol;
    this.socketPath = options.socketPath;
    this.timeout = options.timeout;
    this.agent = options.agent === false ? false : undefined;
    this.aborted = false;
    this.reusedSocket = false;
    this.maxHeadersCount = null;
    this.res = null;
    this.socket = null;
    this._headerSent = false;
    this._chunked = false;
    this._pendingBody = [];
    this[kHeaders] = { __proto__: null };
    const headers = options.headers;
    if (headers) {
      if (Array.isArray(headers)) {
        for (let i = 0; i < headers.length; i += 2) this.setHeader(headers[i], headers[i + 1]);
      } else {
        for (const k of Object.keys(headers)) this.setHeader(k, headers[k]);
      }
    }
    if (options.auth && !this.hasHeader('Authorization')) {
      this.setHeader('Authorization', 'Basic ' + Buffer.from(options.auth).toString('base64'));
    }
    if (options.setHost !== false && !this.hasHeader('Host')) {
      const port = +this.port;
      let hostHeader = this.host;
      if (hostHeader.includes(':') && !hostHeader.startsWith('[')) hostHeader = `[${hostHeader}]`;
      this.setHeader('Host', port !== 80 ? `${hostHeader}:${port}` : hostHeader);
    }
    if (cb) this.once('response', cb);
    const connect = options.createConnection ||
      ((o) => (o.path ? net.createConnection(o.path) : net.createConnection({ host: o.host, port: o.port })));
    process.nextTick(() => {
      if (this.destroyed) return;
      const socket = connect({ host: this.host, port: this.port, path: this.socketPath });
      this._attach(socket);
    });
  }

  get connection() { return this.socket; }

  setHeader(name, value) {
    if (this._headerSent) throw new ERR_HTTP_HEADERS_SENT('set');
    validateHeaderName(name);
    validateHeaderValue(name, value);
    this[kHeaders][name.toLowerCase()] = [name, value];
    return this;
  }
  getHeader(name) { return this[kHeaders][String(name).toLowerCase()]?.[1]; }
  hasHeader(name) { return this[kHeaders][String(name).toLowerCase()] !== undefined; }
  removeHeader(name) {
    if (this._headerSent) throw new ERR_HTTP_HEADERS_SENT('remove');
    delete this[kHeaders][String(name).toLowerCase()];
  }
  getHeaders() {
    const out = { __proto__: null };
    for (const k of Object.keys(this[kHeaders])) out[k] = this[kHeaders][k][1];
    return out;
  }
  getHeaderNames() { return Object.keys(this[kHeaders]); }
  getRawHeaderNames() { return Object.values(this[kHeaders]).map((h) => h[0]); }
  get headersSent() { return this._headerSent; }

  setTimeout(msecs, callback) {
    if (callback) this.once('timeout', callback);
    this.timeout = msecs;
    if (this.socket) this.socket.setTimeout(msecs, () => this.emit('timeout'));
    return this;
  }
  setNoDelay(v) { if (this.socket) this.socket.setNoDelay(v); }
  setSocketKeepAlive(e, d) { if (this.socket) this.socket.setKeepAlive(e, d); }
  abort() {
    if (this.aborted) return;
    this.aborted = true;
    process.nextTick(() => this.emit('abort'));
    this.destroy();
  }
  flushHeaders() { if (this.socket) this._sendHead(null); else this._flushWanted = true; }

  _attach(socket) {
    this.socket = socket;
    this._parser = new ResponseParser(this);
    this._onData = (d) => this._parser.feed(d);
    this._onEnd = () => {
      if (!this._parser.eof() && !this.res && !this.destroyed) this._fail(new ConnResetException('socket hang up'));
    };
    this._onError = (err) => this._fail(err);
    this._onClose = () => {
      if (this.res && !this.res.complete) {
        this.res.aborted = true;
        this.res.destroy(new ConnResetException('aborted'));
      } else if (!this.res && !this.destroyed && !this._tunneled) {
        this._fail(new ConnResetException('socket hang up'));
      }
      if (!this._tunneled) this._finishClose();
    };
    socket.on('data', this._onData);
    socket.on('end', this._onEnd);
    socket.on('error', this._onError);
    socket.on('close', this._onClose);
    if (this.timeout) socket.setTimeout(this.timeout, () => this.emit('timeout'));
    this.emit('socket', socket);
    const pending = this._pendingBody;
    this._pendingBody = null;
    for (const [chunk, cb] of pending) this._writeOut(chunk, cb);
    if (this._flushWanted && !this._headerSent) this._sendHead(null);
    if (this._endWanted) this._finishBody();
  }

  _sendHead(firstChunk, knownLength) {
    if (this._headerSent) return;
    this._headerSent = true;
    const h = this[kHeaders];
    const noBody = ['GET', 'HEAD', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT'].includes(this.method);
    // Node's default agent asks for keep-alive; `agent: false` asks for close. (This client does
    // not pool: the connection is closed once the response is complete.)
    if (!h.connection) {
      this.setHeaderRaw('Connection', this.agent === false ? 'close' : 'keep-alive');
    }
    if (!h['content-length'] && !h['transfer-encoding']) {
      if (knownLength !== undefined && (knownLength > 0 || !noBody)) {
        this.setHeaderRaw('Content-Length', String(knownLength));
      } else if (knownLength === undefined) {
        this._chunked = true;
        this.setHeaderRaw('Transfer-Encoding', 'chunked');
      }
    } else if (/chunked/i.test(h['transfer-encoding']?.[1] || '')) {
      this._chunked = true;
    }
    let head = `${this.method} ${this.path} HTTP/1.1\r\n`;
    for (const k of Object.keys(h)) {
      const [name, value] = h[k];
      if (Array.isArray(value)) for (const v of value) head += `${name}: ${v}\r\n`;
      else head += `${name}: ${value}\r\n`;
    }
    this.socket.write(head + '\r\n');
    void firstChunk;
  }

  setHeaderRaw(name, value) { this[kHeaders][name.toLowerCase()] = [name, value]; }

  _writeOut(chunk, cb) {
    if (!this._headerSent) this._sendHead(chunk, this._knownLength);
    if (this._chunked) {
      this.socket.write(`${chunk.length.toString(16)}\r\n`);
      this.socket.write(chunk);
      this.socket.write('\r\n', cb);
    } else {
      this.socket.write(chunk, cb);
    }
  }

  _write(chunk, encoding, cb) {
    if (this._pendingBody) {
      this._pendingBody.push([chunk, cb]);
      return;
    }
    this._writeOut(chunk, cb);
  }

  end(chunk, encoding, cb) {
    if (typeof chunk === 'function') { cb = chunk; chunk = null; }
    if (typeof encoding === 'function') { cb = encoding; encoding = undefined; }
    if (!this._headerSent && !(this._pendingBody && this._pendingBody.length)) {
      // the whole body is known: send it with Content-Length, as Node does
      this._knownLength = chunk ? Buffer.byteLength(chunk, encoding) : 0;
    }
    return super.end(chunk, encoding, cb);
  }

  _final(cb) {
    this._endWanted = true;
    this._finalCb = cb;
    if (this.socket && !this._pendingBody) this._finishBody();
  }

  _finishBody() {
    if (this._bodyFinished) return;
    this._bodyFinished = true;
    if (!this._headerSent) this._sendHead(null, this._knownLength ?? 0);
    if (this._chunked) this.socket.write('0\r\n\r\n');
    const cb = this._finalCb;
    this._finalCb = null;
    if (cb) cb();
  }

  _response(res) {
    this.res = res;
    res.on('end', () => {});
    if (!this.emit('response', res)) res.resume();
  }

  _tunnel(res, head) {
    const socket = this.socket;
    this._tunneled = true;
    socket.removeListener('data', this._onData);
    socket.removeListener('end', this._onEnd);
    socket.removeListener('error', this._onError);
    socket.removeListener('close', this._onClose);
    const event = this.method === 'CONNECT' ? 'connect' : 'upgrade';
    this.res = res;
    if (this.listenerCount(event) > 0) {
      this.emit(event, res, socket, head);
    } else {
      socket.destroy();
    }
    this._finishClose();
  }

  _done() {
    if (this.socket && !this._tunneled) this.socket.end();
  }

  _fail(err) {
    if (this._failed) return;
    this._failed = true;
    if (this.res) return;
    this.emit('error', err);
    if (this.socket) this.socket.destroy();
  }

  _finishClose() {
    if (this._closeEmitted) return;
    this._closeEmitted = true;
    process.nextTick(() => this.emit('close'));
  }

  _destroy(err, cb) {
    if (this.socket && !this._tunneled) this.socket.destroy();
    if (this.res && !this.res.complete) this.res.destroy(new ConnResetException('aborted'));
    if (!this.socket && !this.res) {
      // destroyed before connecting: Node reports the hang-up like a dropped socket
      if (!err && !this.aborted) err = new ConnResetException('socket hang up');
      this._closeEmitted = true;
    }
    cb(err);
  }
}

function request(url, options, cb) {
  return new ClientRequest(url, options, cb);
}

function get(url, options, cb) {
  const req = request(url, options, cb);
  req.end();
  return req;
}

module.exports = {
  METHODS,
  STATUS_CODES,
  ClientRequest,
  IncomingMessage,
  validateHeaderName,
  validateHeaderValue,
  get,
  request,
  maxHeaderSize: 16384,
};
