'use strict';
// Node's `net` on nodecompat/net (asyncio). Socket is a stream.Duplex, Server an EventEmitter.
// The Python handle (`_handle`) is opaque here: only passed back to internalBinding('net').

const EventEmitter = require('events');
const stream = require('stream');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_SERVER_ALREADY_LISTEN,
    ERR_SERVER_NOT_RUNNING, ERR_SOCKET_CLOSED, ERR_SOCKET_CLOSED_BEFORE_CONNECTION,
    ERR_INVALID_IP_ADDRESS,
  },
} = require('internal/errors');
const { validateFunction, validateNumber, validatePort, validateString } = require('internal/validators');
const C = require('internal/net/constants');
const { errorFromDesc } = require('internal/net/errors');
const { SocketAddress } = require('internal/net/socketaddress');
const binding = internalBinding('net');

// ---- isIP ---------------------------------------------------------------------------------
const v4Seg = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
const v4Str = `(?:${v4Seg}\\.){3}${v4Seg}`;
const IPv4Reg = new RegExp(`^${v4Str}$`);
const v6Seg = '(?:[0-9a-fA-F]{1,4})';
const IPv6Reg = new RegExp('^(?:' +
  `(?:${v6Seg}:){7}(?:${v6Seg}|:)|` +
  `(?:${v6Seg}:){6}(?:${v4Str}|:${v6Seg}|:)|` +
  `(?:${v6Seg}:){5}(?::${v4Str}|(?::${v6Seg}){1,2}|:)|` +
  `(?:${v6Seg}:){4}(?:(?::${v6Seg}){0,1}:${v4Str}|(?::${v6Seg}){1,3}|:)|` +
  `(?:${v6Seg}:){3}(?:(?::${v6Seg}){0,2}:${v4Str}|(?::${v6Seg}){1,4}|:)|` +
  `(?:${v6Seg}:){2}(?:(?::${v6Seg}){0,3}:${v4Str}|(?::${v6Seg}){1,5}|:)|` +
  `(?:${v6Seg}:){1}(?:(?::${v6Seg}){0,4}:${v4Str}|(?::${v6Seg}){1,6}|:)|` +
  `(?::(?:(?::${v6Seg}){0,5}:${v4Str}|(?::${v6Seg}){1,7}|:))` +
')(?:%[0-9a-zA-Z-.:]{1,})?$');
function isIPv4(s) { return IPv4Reg.test(`${s}`); }
function isIPv6(s) { return IPv6Reg.test(`${s}`); }
function isIP(s) { return isIPv4(s) ? 4 : isIPv6(s) ? 6 : 0; }

// ---- helpers --------------------------------------------------------------------------------
const kLastWriteQueueSize = Symbol('lastWriteQueueSize');
const kPendingWrite = Symbol('pendingWrite');
const kBytesRead = Symbol('kBytesRead');
const kBytesWritten = Symbol('kBytesWritten');
const kAddrs = Symbol('kAddrs');
const kTimeoutMs = Symbol('kTimeoutMs');
const kRefed = Symbol('kRefed');
const kCloseHadError = Symbol('kCloseHadError');
const kPaused = Symbol('kPaused');
const kSetNoDelay = Symbol('kSetNoDelay');
const kSetKeepAlive = Symbol('kSetKeepAlive');
const kWriteGate = Symbol.for('nodecompat.net.writeGate');   // tls: writes wait for the handshake

let autoSelectFamilyDefault = true;
let autoSelectFamilyAttemptTimeoutDefault = 250;

function isPipeName(s) { return typeof s === 'string' && toNumber(s) === false; }
function toNumber(x) { return (x = Number(x)) >= 0 ? x : false; }

// Node's normalizeArgs: (options[, cb]) | (port[, host][, cb]) | (path[, cb])
function normalizeArgs(args) {
  let arr;
  if (args.length === 0) {
    arr = [{}, null];
    return arr;
  }
  const arg0 = args[0];
  let options = {};
  if (typeof arg0 === 'object' && arg0 !== null) {
    options = arg0;
  } else if (isPipeName(arg0)) {
    options.path = arg0;
  } else {
    options.port = arg0;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  return [options, typeof cb === 'function' ? cb : null];
}

function makeOnevent(socket) {
  return function onevent(kind, a, b, c, d) {
    switch (kind) {
      case C.EV_DATA: return onData(socket, a);
      case C.EV_END: return onEnd(socket);
      case C.EV_DRAIN: return onDrain(socket);
      case C.EV_TIMEOUT: return socket._onTimeout();
      case C.EV_ERROR: return onError(socket, a);
      case C.EV_CLOSE: return onClose(socket, a);
      case C.EV_CONNECT: return afterConnect(socket);
      case C.EV_LOOKUP:
        return socket.emit('lookup', a ? errorFromDesc(a) : null, b === null ? undefined : b,
                           c === null ? undefined : c, d);
      default: return socket._onTlsEvent ? socket._onTlsEvent(kind, a) : undefined;
    }
  };
}

function onData(socket, buf) {
  socket[kBytesRead] += buf.length;
  if (!socket.push(buf) && socket._handle && !socket[kPaused]) {
    socket[kPaused] = true;
    binding.pause(socket._handle);
  }
}

function onEnd(socket) {
  socket.push(null);
  socket.read(0);
}

function onDrain(socket) {
  const cb = socket[kPendingWrite];
  socket[kPendingWrite] = null;
  if (cb) cb();
}

function onError(socket, desc) {
  socket._hadError = true;
  socket.destroy(errorFromDesc(desc));
}

function onClose(socket, hadError) {
  const h = socket._handle;
  socket._handle = null;
  if (h && !socket.destroyed) {
    // The peer went away without an error we saw (e.g. both FINs): finish the stream.
    socket[kCloseHadError] = hadError;
    socket.destroy();
  }
  const pending = socket[kPendingWrite];
  socket[kPendingWrite] = null;
  if (pending) pending(new ERR_SOCKET_CLOSED());
  socket.emit('close', !!(hadError || socket[kCloseHadError]));
}

function afterConnect(socket) {
  if (socket.destroyed) return;
  socket.connecting = false;
  socket._sockname = null;
  socket[kAddrs] = null;
  if (socket[kSetNoDelay]) binding.setNoDelay(socket._handle, true);
  if (socket[kSetKeepAlive]) binding.setKeepAlive(socket._handle, true, socket[kSetKeepAlive]);
  socket.emit('connect');
  socket.emit('ready');
  if (socket.readableFlowing === true || socket.readableFlowing === null) socket.read(0);
}

// ---- Socket ---------------------------------------------------------------------------------
function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (typeof options === 'number') options = { fd: options };
  else options = { ...options };
  options.allowHalfOpen = Boolean(options.allowHalfOpen);
  options.emitClose = false;
  options.autoDestroy = true;
  options.decodeStrings = false;
  stream.Duplex.call(this, options);

  this.connecting = false;
  this._hadError = false;
  this._handle = null;
  this._parent = null;
  this._host = null;
  this[kLastWriteQueueSize] = 0;
  this[kPendingWrite] = null;
  this[kBytesRead] = 0;
  this[kBytesWritten] = 0;
  this[kAddrs] = null;
  this[kTimeoutMs] = undefined;
  this[kRefed] = true;
  this[kCloseHadError] = false;
  this[kPaused] = false;
  this[kSetNoDelay] = Boolean(options.noDelay);
  this[kSetKeepAlive] = options.keepAlive ? Math.floor((options.keepAliveInitialDelay || 0) / 1000) || true : false;
  this[kWriteGate] = null;
  this.server = null;
  this._server = null;

  if (options.handle) {
    this._attachHandle(options.handle);
  }
  if (options.signal) addSignal(this, options.signal);
}
Object.setPrototypeOf(Socket.prototype, stream.Duplex.prototype);
Object.setPrototypeOf(Socket, stream.Duplex);

function addSignal(socket, signal) {
  const onAbort = () => {
    const { AbortError } = require('internal/errors');
    socket.destroy(new AbortError(undefined, { cause: signal.reason }));
  };
  if (signal.aborted) process.nextTick(onAbort);
  else {
    signal.addEventListener('abort', onAbort, { once: true });
    socket.once('close', () => signal.removeEventListener('abort', onAbort));
  }
}

Socket.prototype._attachHandle = function(h) {
  this._handle = h;
  binding.attach(h, makeOnevent(this));
  if (!this[kRefed]) binding.ref(h, false);
};

Socket.prototype._unrefTimer = function() {};

Socket.prototype._onTimeout = function() {
  this.emit('timeout');
};

Socket.prototype.setTimeout = function(msecs, callback) {
  if (this.destroyed) return this;
  validateNumber(msecs, 'msecs', 0);
  this[kTimeoutMs] = msecs;
  if (this._handle) binding.setTimeout(this._handle, msecs);
  if (callback !== undefined) {
    validateFunction(callback, 'callback');
    if (msecs === 0) this.removeListener('timeout', callback);
    else this.once('timeout', callback);
  }
  return this;
};

Object.defineProperty(Socket.prototype, 'timeout', {
  __proto__: null, configurable: true, enumerable: true,
  get() { return this[kTimeoutMs]; },
});

Socket.prototype.setNoDelay = function(enable) {
  enable = enable === undefined ? true : !!enable;
  if (!this._handle) { this[kSetNoDelay] = enable; return this; }
  binding.setNoDelay(this._handle, enable);
  return this;
};

Socket.prototype.setKeepAlive = function(enable, initialDelayMsecs) {
  enable = Boolean(enable);
  const delay = Math.floor((~~initialDelayMsecs) / 1000);
  if (!this._handle) { this[kSetKeepAlive] = enable ? (delay || true) : false; return this; }
  binding.setKeepAlive(this._handle, enable, delay);
  return this;
};

Socket.prototype.address = function() {
  const a = this._getAddrs();
  if (!a) return {};
  return { address: a[0], family: a[2], port: a[1] };
};

Socket.prototype._getAddrs = function() {
  if (this[kAddrs] === null && this._handle && !this.connecting) {
    const r = binding.addresses(this._handle);
    if (r) this[kAddrs] = [r[0], r[1], r[2], r[3], r[4], r[5]];
  }
  return this[kAddrs];
};

function addrGetter(name, i) {
  Object.defineProperty(Socket.prototype, name, {
    __proto__: null, configurable: true, enumerable: false,
    get() { const a = this._getAddrs(); return a && a[i] != null ? a[i] : undefined; },
  });
}
addrGetter('localAddress', 0);
addrGetter('localPort', 1);
addrGetter('localFamily', 2);
addrGetter('remoteAddress', 3);
addrGetter('remotePort', 4);
addrGetter('remoteFamily', 5);

Object.defineProperty(Socket.prototype, '_connecting', {
  __proto__: null, get() { return this.connecting; },
});
Object.defineProperty(Socket.prototype, 'pending', {
  __proto__: null, configurable: true,
  get() { return !this._handle || this.connecting || this.destroyed; },  // Node drops _handle in destroy()
});
Object.defineProperty(Socket.prototype, 'readyState', {
  __proto__: null, configurable: true,
  get() {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  },
});
Object.defineProperty(Socket.prototype, 'bufferSize', {
  __proto__: null, configurable: true,
  get() { return this._handle ? this.writableLength : undefined; },
});
Object.defineProperty(Socket.prototype, 'bytesRead', {
  __proto__: null, configurable: true, get() { return this[kBytesRead]; },
});
Object.defineProperty(Socket.prototype, 'bytesWritten', {
  __proto__: null, configurable: true,
  get() {
    let bytes = this[kBytesWritten];
    const wState = this._writableState;
    if (!wState) return undefined;
    for (const el of wState.buffered || []) {
      bytes += el.chunk instanceof Uint8Array ? el.chunk.length : Buffer.byteLength(el.chunk, el.encoding);
    }
    return bytes;
  },
});

Socket.prototype._read = function(n) {
  if (this.connecting || !this._handle) {
    this.once('connect', () => this._read(n));
    return;
  }
  if (this[kPaused]) {
    this[kPaused] = false;
    binding.resume(this._handle);
  }
};

Socket.prototype._writeGeneric = function(writev, data, encoding, cb) {
  if (this.connecting || this[kWriteGate]) {
    const gate = this.connecting ? 'connect' : this[kWriteGate];
    const onGate = () => { this.off('close', onClose); this._writeGeneric(writev, data, encoding, cb); };
    const onClose = () => { this.off(gate, onGate); cb(new ERR_SOCKET_CLOSED_BEFORE_CONNECTION()); };
    this.once(gate, onGate);
    this.once('close', onClose);
    return;
  }
  if (!this._handle) {
    cb(new ERR_SOCKET_CLOSED());
    return;
  }
  let buf;
  if (writev) {
    const chunks = [];
    for (const { chunk, encoding: enc } of data) {
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, enc) : chunk);
    }
    buf = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
  } else {
    buf = typeof data === 'string' ? Buffer.from(data, encoding) : data;
  }
  this[kBytesWritten] += buf.length;
  if (binding.write(this._handle, buf)) cb();
  else this[kPendingWrite] = cb;
};

Socket.prototype._writev = function(chunks, cb) { this._writeGeneric(true, chunks, '', cb); };
Socket.prototype._write = function(data, encoding, cb) { this._writeGeneric(false, data, encoding, cb); };

Socket.prototype._final = function(cb) {
  if (this.pending || this[kWriteGate]) {
    const gate = this.pending ? 'connect' : this[kWriteGate];
    this.once(gate, () => this._final(cb));
    return;
  }
  if (!this._handle) return cb();
  binding.end(this._handle);
  cb();
};

Socket.prototype.end = function(data, encoding, callback) {
  stream.Duplex.prototype.end.call(this, data, encoding, callback);
  return this;
};

Socket.prototype.destroySoon = function() {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

Socket.prototype.resetAndDestroy = function() {
  if (this._handle) {
    if (this.connecting) {
      this.once('connect', () => this.resetAndDestroy());
    } else {
      binding.reset(this._handle);
      this[kCloseHadError] = false;
      stream.Duplex.prototype.destroy.call(this);
    }
  } else {
    this.destroy(new ERR_SOCKET_CLOSED());
  }
  return this;
};

Socket.prototype._destroy = function(exception, cb) {
  this.connecting = false;
  const h = this._handle;
  if (h) {
    this[kCloseHadError] = !!exception;
    if (!exception && this.writableFinished) binding.end(h);
    binding.destroy(h);   // 'close' follows from Python (EV_CLOSE)
  } else if (!this._closeEmitted) {
    this._closeEmitted = true;
    process.nextTick(() => this.emit('close', !!exception));
  }
  cb(exception);
};

Socket.prototype.pause = function() {
  return stream.Duplex.prototype.pause.call(this);
};

Socket.prototype.resume = function() {
  return stream.Duplex.prototype.resume.call(this);
};

Socket.prototype.ref = function() {
  this[kRefed] = true;
  if (this._handle) binding.ref(this._handle, true);
  return this;
};

Socket.prototype.unref = function() {
  this[kRefed] = false;
  if (this._handle) binding.ref(this._handle, false);
  return this;
};

Socket.prototype.connect = function(...args) {
  let normalized;
  if (Array.isArray(args[0]) && args[0].length === 2 && typeof args[0][0] === 'object') normalized = args[0];
  else normalized = normalizeArgs(args);
  const [options, cb] = normalized;
  if (cb !== null) this.once('connect', cb);
  if (this.destroyed) {
    this._handle = null;
    this._readableState.ended = false;
    this._readableState.endEmitted = false;
    this._writableState.ended = false;
    this._writableState.ending = false;
    this._writableState.finished = false;
    this._writableState.errorEmitted = false;
    this.destroyed = false;
  }
  if (options.path) {
    // IPC: a Unix domain socket
    validateString(options.path, 'options.path');
    this.connecting = true;
    this.writable = true;
    this._handle = binding.connectPath(makeOnevent(this), options.path);
    if (!this[kRefed]) binding.ref(this._handle, false);
    if (this[kTimeoutMs]) binding.setTimeout(this._handle, this[kTimeoutMs]);
    if (options.timeout) this.setTimeout(options.timeout);
    return this;
  }
  const { host = 'localhost', localAddress, family = 0 } = options;
  let { port, localPort } = options;
  if (localAddress && !isIP(localAddress)) throw new ERR_INVALID_IP_ADDRESS(localAddress);
  if (localPort) validateNumber(localPort, 'options.localPort');
  if (typeof port !== 'undefined') {
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
    }
    port = validatePort(port);
  } else {
    throw new ERR_MISSING_ARGS(['options', 'port', 'path']);
  }
  if (family !== 0 && family !== 4 && family !== 6 && family !== 'IPv4' && family !== 'IPv6') {
    throw new ERR_INVALID_ARG_VALUE('options.family', family, 'must be one of: 0, 4, 6');
  }
  const fam = family === 'IPv4' ? 4 : family === 'IPv6' ? 6 : family;
  let autoSelect = options.autoSelectFamily;
  if (autoSelect === undefined) autoSelect = autoSelectFamilyDefault;
  this.connecting = true;
  this._host = host;
  this.writable = true;
  this._handle = binding.connect(makeOnevent(this), `${host}`, port, fam, localAddress || null,
                                 localPort || 0, !!autoSelect);
  if (!this[kRefed]) binding.ref(this._handle, false);
  if (this[kTimeoutMs]) binding.setTimeout(this._handle, this[kTimeoutMs]);
  if (options.timeout) this.setTimeout(options.timeout);
  return this;
};

if (Symbol.asyncDispose) {
  Socket.prototype[Symbol.asyncDispose] = function() {
    if (!this.destroyed) this.destroy();
    return Promise.resolve();
  };
}

// ---- Server ---------------------------------------------------------------------------------
function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
    this.on('connection', connectionListener);
  } else if (options == null || typeof options === 'object') {
    options = { ...options };
    if (typeof connectionListener === 'function') this.on('connection', connectionListener);
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  this._connections = 0;
  this._handle = null;
  this._usingWorkers = false;
  this._workers = [];
  this._unref = false;
  this._listeningId = 0;
  this.allowHalfOpen = options.allowHalfOpen || false;
  this.pauseOnConnect = !!options.pauseOnConnect;
  this.noDelay = Boolean(options.noDelay);
  this.keepAlive = Boolean(options.keepAlive);
  this.keepAliveInitialDelay = ~~(options.keepAliveInitialDelay / 1000);
  this._maxConnections = undefined;
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

Object.defineProperty(Server.prototype, 'maxConnections', {
  __proto__: null, configurable: true, enumerable: true,
  get() { return this._maxConnections; },
  set(n) {
    this._maxConnections = n;
    if (this._handle) binding.setMaxConnections(this._handle, n == null ? null : n);
  },
});

Object.defineProperty(Server.prototype, 'listening', {
  __proto__: null, configurable: true, enumerable: true,
  get() { return !!this._handle; },
});

Server.prototype._makeSocket = function(h) {
  return new Socket({ handle: h, allowHalfOpen: this.allowHalfOpen, pauseOnCreate: this.pauseOnConnect,
                      readable: true, writable: true });
};

Server.prototype._onConnection = function(h) {
  const socket = this._makeSocket(h);
  if (this.noDelay) socket.setNoDelay(true);
  if (this.keepAlive) socket.setKeepAlive(true, this.keepAliveInitialDelay * 1000);
  if (this.pauseOnConnect) socket.pause();
  this._connections++;
  socket.server = this;
  socket._server = this;
  socket.once('close', () => {
    this._connections--;
    this._emitCloseIfDrained();
  });
  this.emit('connection', socket);
};

function serverOnevent(server) {
  return function onevent(kind, h) {
    if (kind === C.EV_CONNECTION) server._onConnection(h);
  };
}

Server.prototype.listen = function(...args) {
  const [options, cb] = normalizeArgs(args);
  if (typeof cb === 'function') this.once('listening', cb);
  if (this._handle) throw new ERR_SERVER_ALREADY_LISTEN();
  let backlog = options.backlog;
  if (args.length >= 3 && typeof args[2] === 'number') backlog = args[2];
  else if (args.length >= 2 && typeof args[1] === 'number') backlog = args[1];
  if (options.path) return this._listenPath(options, backlog);
  if (typeof args[0] === 'object' && args[0] !== null && !('port' in args[0]) && !('path' in args[0])) {
    throw new ERR_INVALID_ARG_VALUE('options', args[0], 'must have the property "port" or "path"');
  }
  let port = options.port;
  if (port === undefined || port === null) port = 0;
  else if (typeof port !== 'number' && typeof port !== 'string') throw new ERR_INVALID_ARG_VALUE('options', options);
  else port = validatePort(port, 'options.port');
  const host = options.host || null;
  const h = binding.createServer(serverOnevent(this));
  if (this._unref) binding.serverRef(h, false);
  const err = binding.listen(h, host, port, backlog === undefined ? 511 : backlog, !!options.ipv6Only);
  if (err) {
    const ex = errorFromDesc(err);
    process.nextTick(() => this.emit('error', ex));
    return this;
  }
  this._handle = h;
  if (this._maxConnections !== undefined) binding.setMaxConnections(h, this._maxConnections);
  this._listeningId++;
  const id = this._listeningId;
  process.nextTick(() => { if (this._listeningId === id && this._handle) this.emit('listening'); });
  return this;
};

// IPC: listen on a Unix domain socket path
Server.prototype._listenPath = function(options, backlog) {
  validateString(options.path, 'options.path');
  const h = binding.createServer(serverOnevent(this));
  if (this._unref) binding.serverRef(h, false);
  const err = binding.listenPath(h, options.path, backlog === undefined ? 511 : backlog);
  if (err) {
    const ex = errorFromDesc(err);
    process.nextTick(() => this.emit('error', ex));
    return this;
  }
  this._handle = h;
  this._pipeName = options.path;
  if (this._maxConnections !== undefined) binding.setMaxConnections(h, this._maxConnections);
  this._listeningId++;
  const id = this._listeningId;
  process.nextTick(() => { if (this._listeningId === id && this._handle) this.emit('listening'); });
  return this;
};

Server.prototype.address = function() {
  if (!this._handle) return null;
  const a = binding.address(this._handle);
  if (!a) return null;
  if (typeof a === 'string') return a;
  return { address: `${a.address}`, family: `${a.family}`, port: a.port };
};

Server.prototype.close = function(cb) {
  if (typeof cb === 'function') {
    if (!this._handle) {
      this.once('close', function close() { cb(new ERR_SERVER_NOT_RUNNING()); });
    } else {
      this.once('close', cb);
    }
  }
  if (this._handle) {
    binding.close(this._handle);
    this._handle = null;
  }
  this._emitCloseIfDrained();
  return this;
};

Server.prototype._emitCloseIfDrained = function() {
  if (this._handle || this._connections) return;
  process.nextTick(() => this.emit('close'));
};

Server.prototype.getConnections = function(cb) {
  process.nextTick(cb, null, this._connections);
  return this;
};

Server.prototype.ref = function() {
  this._unref = false;
  if (this._handle) binding.serverRef(this._handle, true);
  return this;
};

Server.prototype.unref = function() {
  this._unref = true;
  if (this._handle) binding.serverRef(this._handle, false);
  return this;
};

if (Symbol.asyncDispose) {
  Server.prototype[Symbol.asyncDispose] = function() {
    if (!this._handle) return Promise.resolve();
    return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
  };
}

// ---- BlockList / SocketAddress (small, in JS) -----------------------------------------------
function ipToBigInt(addr, family) {
  if (family === 'ipv4') return addr.split('.').reduce((a, p) => (a << 8n) + BigInt(+p), 0n);
  let [head, tail] = addr.split('::');
  const h = head ? head.split(':') : [];
  const t = tail !== undefined && tail ? tail.split(':') : [];
  const parts = tail === undefined ? h : [...h, ...Array(8 - h.length - t.length).fill('0'), ...t];
  return parts.reduce((a, p) => (a << 16n) + BigInt(parseInt(p || '0', 16)), 0n);
}
class BlockList {
  constructor() { this._rules = []; }
  addAddress(address, family = 'ipv4') {
    if (SocketAddress.isSocketAddress(address)) ({ address, family } = address);
    this._rules.push({ type: 'address', address, family: family.toLowerCase() });
  }
  addRange(start, end, family = 'ipv4') { this._rules.push({ type: 'range', start, end, family: family.toLowerCase() }); }
  addSubnet(network, prefix, family = 'ipv4') { this._rules.push({ type: 'subnet', network, prefix, family: family.toLowerCase() }); }
  check(address, family = 'ipv4') {
    if (SocketAddress.isSocketAddress(address)) ({ address, family } = address);
    family = family.toLowerCase();
    const v = ipToBigInt(address, family);
    const bits = family === 'ipv4' ? 32n : 128n;
    return this._rules.some((r) => {
      if (r.family !== family) return false;
      if (r.type === 'address') return ipToBigInt(r.address, family) === v;
      if (r.type === 'range') return ipToBigInt(r.start, family) <= v && v <= ipToBigInt(r.end, family);
      const shift = bits - BigInt(r.prefix);
      return (ipToBigInt(r.network, family) >> shift) === (v >> shift);
    });
  }
  get rules() {
    const fam = (f) => (f === 'ipv6' ? 'IPv6' : 'IPv4');
    return this._rules.map((r) => (r.type === 'address' ? `Address: ${fam(r.family)} ${r.address}` :
      r.type === 'range' ? `Range: ${fam(r.family)} ${r.start}-${r.end}` :
        `Subnet: ${fam(r.family)} ${r.network}/${r.prefix}`)).reverse();
  }
}

// ---- module functions -----------------------------------------------------------------------
function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

function connect(...args) {
  const normalized = normalizeArgs(args);
  const [options] = normalized;
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(normalized);
}

module.exports = {
  _normalizeArgs: normalizeArgs,
  BlockList,
  SocketAddress,
  connect,
  createConnection: connect,
  createServer,
  isIP,
  isIPv4,
  isIPv6,
  Server,
  Socket,
  Stream: Socket,
  getDefaultAutoSelectFamily() { return autoSelectFamilyDefault; },
  setDefaultAutoSelectFamily(v) { autoSelectFamilyDefault = !!v; },
  getDefaultAutoSelectFamilyAttemptTimeout() { return autoSelectFamilyAttemptTimeoutDefault; },
  setDefaultAutoSelectFamilyAttemptTimeout(v) { autoSelectFamilyAttemptTimeoutDefault = Math.max(10, v | 0); },
};
