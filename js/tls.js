'use strict';
// Node's `tls` on nodecompat/tls (Python ssl). TLSSocket is a net.Socket whose Python handle was
// upgraded in place (asyncio start_tls); verification follows Node: the handshake always completes,
// then verifyError / checkServerIdentity / rejectUnauthorized decide.

const net = require('net');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_TLS_CERT_ALTNAME_INVALID, ERR_TLS_REQUIRED_SERVER_NAME,
           ERR_TLS_SNI_FROM_SERVER, ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS, ERR_TLS_HANDSHAKE_TIMEOUT,
           ERR_TLS_ALPN_CALLBACK_INVALID_RESULT, ERR_OUT_OF_RANGE,
           ERR_TLS_INVALID_STATE, ERR_INVALID_ARG_VALUE, ERR_MULTIPLE_CALLBACK, ERR_SOCKET_CLOSED,
           ERR_INTERNAL_ASSERTION, ERR_TLS_SESSION_ATTACK, ERR_TLS_RENEGOTIATION_DISABLED },
  ConnResetException,
} = require('internal/errors');
const { errorFromDesc } = require('internal/net/errors');
const {
  validateBuffer, validateString, validateUint32, validateInt32, validateObject, validateFunction,
} = require('internal/validators');
const C = require('internal/net/constants');
const { fromDER: x509FromDER } = require('internal/crypto/x509');
const binding = internalBinding('tls');

const kWriteGate = Symbol.for('nodecompat.net.writeGate');
const kConnectOptions = Symbol('connect-options');
const kRoles = Symbol('roles');
const kErrorEmitted = Symbol('error-emitted');
const kKeylog = Symbol('keylog');
const kIsVerified = Symbol('verified');
const kPendingSession = Symbol('pendingSession');
const kServerALPN = Symbol('serverALPN');
const kDerived = Symbol('derived');
const kMaxSendFragment = Symbol('maxSendFragment');
const kLastHandshake = Symbol('lastHandshake');
const kHandshakes = Symbol('handshakes');
const kDisableRenegotiation = Symbol('disable-renegotiation');
// a Python context handle -> the SecureContext that made it (an SNICallback may answer with
// `secureContext.context`, as Node allows)
const handleOwners = new WeakMap();

// A client reports key log lines only once someone listens (as Node's enableKeylogCallback).
function keylogNewListener(event) {
  if (event !== 'keylog') return;
  this[kKeylog] = true;
  if (this._handle && this._secureContext) binding.enableKeylog(this._handle);
  this.removeListener('newListener', keylogNewListener);
}

// ---- SecureContext --------------------------------------------------------------------------
function toBufList(v) {
  if (v === undefined || v === null) return null;
  const arr = Array.isArray(v) ? v : [v];
  return arr.map((x) => {
    if (typeof x === 'string') return Buffer.from(x);
    if (x && typeof x === 'object' && !ArrayBuffer.isView(x) && x.pem !== undefined) {
      return typeof x.pem === 'string' ? Buffer.from(x.pem) : x.pem;
    }
    if (!ArrayBuffer.isView(x)) {
      throw new ERR_INVALID_ARG_TYPE('options.cert', ['string', 'Buffer', 'TypedArray', 'DataView'], x);
    }
    return x;
  });
}

function alpnList(protocols) {
  if (protocols === undefined || protocols === null) return null;
  if (ArrayBuffer.isView(protocols)) {        // wire format: length-prefixed
    const out = [];
    const b = Buffer.from(protocols.buffer, protocols.byteOffset, protocols.byteLength);
    for (let i = 0; i < b.length;) { const n = b[i]; out.push(b.toString('latin1', i + 1, i + 1 + n)); i += n + 1; }
    return out;
  }
  return Array.from(protocols, (p) => (typeof p === 'string' ? p : Buffer.from(p).toString('latin1')));
}

// Node's callALPNCallback: the protocol's index, -1 (none: no_application_protocol alert) or
// the error that fails the handshake (the server reports it as 'tlsClientError').
function alpnSelector(fn) {
  return function selectALPN(servername, list) {
    const protocols = Array.from(list, String);
    try {
      const selected = fn({ servername: servername == null ? false : `${servername}`, protocols });
      if (selected === undefined) return -1;
      const i = protocols.indexOf(selected);
      if (i === -1) throw new ERR_TLS_ALPN_CALLBACK_INVALID_RESULT(selected, protocols);
      return i;
    } catch (err) {
      return err;
    }
  };
}

class SecureContext {
  constructor(options) {
    this._options = options;
    this[kRoles] = [null, null];
  }
  // The Python context for one role (client / server), made on first use.
  _for(server) {
    const i = server ? 1 : 0;
    if (this[kRoles][i] === null) {
      const o = this._options;
      const pfx = o.pfx === undefined ? null : (typeof o.pfx === 'string' ? Buffer.from(o.pfx, 'base64') : o.pfx);
      const handle = secureOptionErrors(() => binding.createSecureContext({
        key: toBufList(o.key), cert: toBufList(o.cert), ca: toBufList(o.ca), pfx,
        passphrase: o.passphrase ?? null, ciphers: o.ciphers ?? null, minVersion: o.minVersion ?? null,
        maxVersion: o.maxVersion ?? null, requestCert: !!o.requestCert,
        // as Node, ALPN is the connection's (or tls.Server's), never createSecureContext's
        ALPN: server && this[kServerALPN] ? alpnList(o.ALPNProtocols) : null,
        ALPNCallback: server && this[kServerALPN] && typeof o.ALPNCallback === 'function' ?
          alpnSelector(o.ALPNCallback) : null,
        ticketKeys: server && o.ticketKeys != null ? o.ticketKeys : null,
        secureOptions: typeof o.secureOptions === 'number' ? o.secureOptions : null,
        ecdhCurve: o.ecdhCurve ?? null, honorCipherOrder: !!o.honorCipherOrder,
        sessionTimeout: o.sessionTimeout ?? null, sigalgs: o.sigalgs ?? null,
        dhparam: o.dhparam == null ? null : (typeof o.dhparam === 'string' ? Buffer.from(o.dhparam) : o.dhparam),
        crl: toBufList(o.crl),
      }, !!server));
      handleOwners.set(handle, this);
      this[kRoles][i] = handle;
    }
    return this[kRoles][i];
  }
  get context() { return this._for(false); }
  // A server context answering with `protocols` (a server TLSSocket's own ALPNProtocols):
  // OpenSSL selects server-side ALPN per SSL_CTX, so one derived context per list.
  // `key` names the ALPN choice: a protocol list, or the tls.Server whose ALPNCallback applies.
  _withServerALPN(key, protocols, callback) {
    if (!this[kDerived]) this[kDerived] = new Map();
    let ctx = this[kDerived].get(key);
    if (!ctx) {
      ctx = new SecureContext({ ...this._options, ALPNProtocols: protocols, ALPNCallback: callback });
      ctx[kServerALPN] = true;
      this[kDerived].set(key, ctx);
    }
    return ctx;
  }
}

// Python's context.SecureOptionError arrives as "nodecompat-secure-option:<Node's message>".
function secureOptionErrors(fn) {
  try {
    return fn();
  } catch (e) {
    const m = /nodecompat-secure-option:(.*)/.exec(e && e.message);
    if (!m) throw e;
    const err = new Error(m[1]);
    if (!m[1].startsWith('error:')) err.code = 'ERR_CRYPTO_OPERATION_FAILED';
    throw err;
  }
}

// Node's type checks of the tuning options (values OpenSSL refuses fail when the context is built).
function validateTuning(o) {
  if (o.ecdhCurve !== undefined) validateString(o.ecdhCurve, 'options.ecdhCurve');
  if (o.sigalgs !== undefined) {
    validateString(o.sigalgs, 'options.sigalgs');
    if (o.sigalgs === '') throw new ERR_INVALID_ARG_VALUE('options.sigalgs', o.sigalgs);
  }
  if (o.sessionTimeout !== undefined) validateInt32(o.sessionTimeout, 'options.sessionTimeout', 0);
  for (const k of ['dhparam', 'crl']) {
    const v = o[k];
    if (v === undefined || v === null) continue;
    for (const x of (k === 'crl' && Array.isArray(v) ? v : [v])) {
      if (typeof x !== 'string' && !ArrayBuffer.isView(x)) {
        throw new ERR_INVALID_ARG_TYPE(`options.${k}`, ['string', 'Buffer', 'TypedArray', 'DataView'], x);
      }
    }
  }
}

function createSecureContext(options, serverALPN = false) {
  if (options === undefined) options = {};
  else if (options === null || typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  if (options.ticketKeys !== undefined && options.ticketKeys !== null) {
    validateBuffer(options.ticketKeys, 'options.ticketKeys');
    if (options.ticketKeys.byteLength !== 48) {
      throw new ERR_INVALID_ARG_VALUE('options.ticketKeys', options.ticketKeys.byteLength, 'must be exactly 48 bytes');
    }
  }
  validateTuning(options);
  // Build now so bad PEM throws here, as Node does.
  const ctx = new SecureContext(options);
  if (serverALPN === true) ctx[kServerALPN] = true;
  if (options.key || options.cert || options.pfx) ctx._for(true);
  else if (options.ecdhCurve !== undefined || options.sigalgs !== undefined || options.crl != null) ctx._for(false);
  return ctx;
}

// ---- certificates ---------------------------------------------------------------------------
function fromCertJSON(text) {
  const list = JSON.parse(text);
  if (list.length === 0) return null;
  const objs = list.map(() => ({}));
  list.forEach((item, i) => {
    const o = objs[i];
    for (const k of Object.keys(item)) {
      const v = item[k];
      if (k === 'issuerCertificate') o[k] = objs[v];
      else if (k === 'subject' || k === 'issuer') o[k] = Object.assign(Object.create(null), v);
      else if (k === 'infoAccess') o[k] = Object.assign(Object.create(null), v);
      else if (v && typeof v === 'object' && v.$b64 !== undefined) o[k] = Buffer.from(v.$b64, 'base64');
      else o[k] = v;
    }
  });
  return objs[0];
}

function unfqdn(host) { return host.replace(/[.]$/, ''); }
function splitHost(host) { return unfqdn(host).toLowerCase().split('.'); }

function check(hostParts, pattern, wildcards) {
  if (!pattern) return false;
  const patternParts = splitHost(pattern);
  if (hostParts.length !== patternParts.length) return false;
  if (patternParts.includes('')) return false;
  if (patternParts.some((s) => /[^\u0021-\u007F]/u.test(s))) return false;
  for (let i = hostParts.length - 1; i > 0; i -= 1) if (hostParts[i] !== patternParts[i]) return false;
  const hostSubdomain = hostParts[0];
  const patternSubdomain = patternParts[0];
  const patternSubdomainParts = patternSubdomain.split('*');
  if (patternSubdomainParts.length === 1 || patternSubdomain.includes('xn--')) return hostSubdomain === patternSubdomain;
  if (!wildcards) return false;
  if (patternSubdomainParts.length > 2) return false;
  if (patternParts.length <= 2) return false;
  const [prefix, suffix] = patternSubdomainParts;
  if (prefix.length + suffix.length > hostSubdomain.length) return false;
  return hostSubdomain.startsWith(prefix) && hostSubdomain.endsWith(suffix);
}

function canonicalizeIP(ip) {
  if (net.isIPv4(ip)) return ip.split('.').map((x) => String(+x)).join('.');
  if (!net.isIPv6(ip)) return ip;
  let [head, tail] = ip.split('::');
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const groups = tail === undefined ? h : [...h, ...Array(8 - h.length - t.length).fill('0'), ...t];
  return groups.map((g) => parseInt(g, 16).toString(16)).join(':');
}

function checkServerIdentity(hostname, cert) {
  const subject = cert.subject;
  const altNames = cert.subjectaltname;
  const dnsNames = [];
  const ips = [];
  hostname = `${hostname}`;
  if (altNames) {
    for (const name of altNames.split(', ')) {
      if (name.startsWith('DNS:')) dnsNames.push(name.slice(4));
      else if (name.startsWith('IP Address:')) ips.push(canonicalizeIP(name.slice(11)));
    }
  }
  let valid = false;
  let reason = 'Unknown reason';
  hostname = unfqdn(hostname);
  if (net.isIP(hostname)) {
    valid = ips.includes(canonicalizeIP(hostname));
    if (!valid) reason = `IP: ${hostname} is not in the cert's list: ${ips.join(', ')}`;
  } else if (dnsNames.length > 0 || subject?.CN) {
    const hostParts = splitHost(hostname);
    const wildcard = (pattern) => check(hostParts, pattern, true);
    if (dnsNames.length > 0) {
      valid = dnsNames.some(wildcard);
      if (!valid) reason = `Host: ${hostname}. is not in the cert's altnames: ${altNames}`;
    } else {
      const cn = subject.CN;
      valid = Array.isArray(cn) ? cn.some(wildcard) : wildcard(cn);
      if (!valid) reason = `Host: ${hostname}. is not cert's CN: ${cn}`;
    }
  } else {
    reason = 'Cert does not contain a DNS name';
  }
  if (!valid) return new ERR_TLS_CERT_ALTNAME_INVALID(reason, hostname, cert);
  return undefined;
}

function verifyErrorObject(d) {
  if (!d) return null;
  const err = new Error(`${d.message}`);
  err.code = `${d.code}`;
  return err;
}

// ---- TLSSocket ------------------------------------------------------------------------------
function TLSSocket(socket, opts) {
  if (!(this instanceof TLSSocket)) return new TLSSocket(socket, opts);
  const tlsOptions = { ...opts };
  this._tlsOptions = tlsOptions;
  this._secureEstablished = false;
  this._securePending = false;
  this._newSessionPending = false;
  this._controlReleased = false;
  this.secureConnecting = true;
  this._SNICallback = null;
  this.servername = null;
  this.alpnProtocol = null;
  this.authorized = false;
  this.authorizationError = null;
  this[kConnectOptions] = null;
  this._tlsInfo = null;
  this._rejectUnauthorized = tlsOptions.rejectUnauthorized !== false;
  this._requestCert = !!tlsOptions.requestCert;
  net.Socket.call(this, {
    allowHalfOpen: socket ? socket.allowHalfOpen : tlsOptions.allowHalfOpen,
    highWaterMark: tlsOptions.highWaterMark, signal: tlsOptions.signal,
  });
  this.encrypted = true;
  this[kWriteGate] = 'secure';
  this._parent = socket || null;
  this._hadError = false;
  // As Node: until control is released (tls.connect does it at once, a server on 'secure'),
  // errors go to '_tlsError' (a server's 'tlsClientError'), not to the user's 'error'.
  this.on('error', this._tlsError);
  this[kKeylog] = false;
  this[kIsVerified] = false;
  this[kPendingSession] = null;
  if (!tlsOptions.isServer) this.on('newListener', keylogNewListener);
  if (socket && socket instanceof net.Socket) {
    if (socket._handle && !socket.connecting) this._takeOver(socket);
    else socket.once('connect', () => { this._takeOver(socket); });
  }
}
Object.setPrototypeOf(TLSSocket.prototype, net.Socket.prototype);
Object.setPrototypeOf(TLSSocket, net.Socket);

TLSSocket.prototype._takeOver = function(socket) {
  const h = socket._handle;
  socket._handle = null;
  this.connecting = false;
  this._attachHandle(h);
  this._startTLS();
};

TLSSocket.prototype._startTLS = function() {
  const o = this._tlsOptions;
  let ctx = o.secureContext || createSecureContext(o);
  const server = !!o.isServer;
  // ALPNProtocols are the connection's, as Node's ssl.setALPNProtocols (a tls.Server's own
  // list is already in its shared context)
  const alpn = o.ALPNProtocols == null ? null : alpnList(o.ALPNProtocols);
  if (server && !o.server && alpn && alpn.length > 0) ctx = ctx._withServerALPN(alpn.join('\0'), alpn);
  const handle = ctx._for(server);
  const session = !server && o.session ? Buffer.from(o.session) : null;
  // Node's rule: the ClientHello is read first (and the handshake waits for JS) only for an
  // SNICallback / addContext contexts or 'resumeSession'; 'newSession' holds the handshake's end
  const srv = server ? o.server : null;
  if (srv) this._SNICallback = srv._SNICallback || (srv._contexts.length > 0 ? defaultSNICallback.bind(srv) : null);
  const readHello = !!srv && (this._SNICallback !== null || srv.listenerCount('resumeSession') > 0);
  const newSession = !!srv && srv.listenerCount('newSession') > 0;
  binding.start(this._handle, handle, server, server ? null : (o.servername || null),
                o.handshakeTimeout || 120000, session, server ? null : (alpn || []),
                readHello ? onClientHello.bind(this) : null, newSession ? onNewSession.bind(this) : null);
  if (this[kKeylog]) binding.enableKeylog(this._handle);
  this._secureContext = ctx;
};

// ---- server: ClientHello first (Node's loadSession / loadSNI), newSession ----------------------
// Python read the ClientHello and waits: 'resumeSession' (a session id and no ticket), then the
// SNICallback, then binding.helloDone(handle, context, session) starts the handshake.
function onClientHello(servername, sessionId, hasTicket) {
  const hello = {
    servername: servername == null ? '' : `${servername}`,
    sessionId: Buffer.from(`${sessionId}`, 'base64'), tlsTicket: !!hasTicket, session: null,
  };
  const server = this._tlsOptions.server;
  let once = false;
  const onSession = (err, session) => {
    if (once) return this.destroy(new ERR_MULTIPLE_CALLBACK());
    once = true;
    if (err) return this.destroy(err);
    if (this._handle === null) return this.destroy(new ERR_SOCKET_CLOSED());
    if (ArrayBuffer.isView(session)) hello.session = session;
    loadSNI(this, hello);
  };
  if (hello.sessionId.length <= 0 || hello.tlsTicket || !server.emit('resumeSession', hello.sessionId, onSession)) {
    loadSNI(this, hello);
  }
}

function loadSNI(socket, hello) {
  const fn = socket._SNICallback;
  if (!hello.servername || !fn) return helloDone(socket, null, hello);
  let once = false;
  try {
    fn(hello.servername, (err, context) => {
      if (once) return socket.destroy(new ERR_MULTIPLE_CALLBACK());
      once = true;
      if (err) return socket.destroy(err);
      if (socket._handle === null) return socket.destroy(new ERR_SOCKET_CLOSED());
      let chosen = null;
      if (context) {
        const c = context instanceof SecureContext ? context : handleOwners.get(context.context || context);
        if (c instanceof SecureContext) chosen = c;
        else if (typeof context === 'object' || typeof context === 'function') {
          // Node's CertCbDone: an object that is not a SecureContext
          return socket.destroy(new TypeError('Invalid SNI context'));
        }
      }
      return helloDone(socket, chosen, hello);
    });
  } catch (err) {
    socket.destroy(err);
  }
  return undefined;
}

function helloDone(socket, chosen, hello) {
  if (socket.destroyed || !socket._handle) return;
  let handle = null;
  if (chosen) {
    // OpenSSL selects ALPN on the context SNI switched to: give it the server's choice
    const server = socket._tlsOptions.server;
    const o = server._options || {};
    if (o.ALPNProtocols != null || typeof o.ALPNCallback === 'function') {
      chosen = chosen._withServerALPN(server, o.ALPNProtocols, o.ALPNCallback);
    }
    handle = chosen._for(true);
  }
  binding.helloDone(socket._handle, handle, hello.session);
}

// OpenSSL made a session (Node's onnewsession): 'newSession'; the handshake's end (and 'secure')
// waits for its callback.
function onNewSession(sessionId, session, done) {
  const server = this._tlsOptions.server;
  let once = false;
  const cb = () => {
    if (once) return;
    once = true;
    if (this._handle === null) return this.destroy(new ERR_SOCKET_CLOSED());
    done();
    this._newSessionPending = false;
    if (this._securePending) {
      this._securePending = false;
      this._onSecure();
    }
    return undefined;
  };
  this._newSessionPending = true;
  if (!server.emit('newSession', Buffer.from(`${sessionId}`, 'base64'), Buffer.from(`${session}`, 'base64'), cb)) cb();
}

function defaultSNICallback(servername, cb) {
  let ctx;
  for (const [re, c] of this._contexts) if (re.test(servername)) ctx = c;
  cb(null, ctx);
}

TLSSocket.prototype._onTlsEvent = function(kind, a) {
  if (kind === C.EV_SECURE) return this._onSecure();
  if (kind === C.EV_TLS_ERROR) return this._onTlsError(a);
  if (kind === C.EV_SESSION) {
    // as Node: a session that arrives before the server is verified waits for secureConnect
    if (this[kIsVerified]) return this.emit('session', a);
    this[kPendingSession] = a;
    return undefined;
  }
  if (kind === C.EV_KEYLOG) return this.emit('keylog', a);
  if (kind === C.EV_HANDSHAKE_START) return this._onHandshakeStart(Date.now());
  return undefined;
};

// Node's onhandshakestart (servers): renegotiations are limited to CLIENT_RENEG_LIMIT per
// CLIENT_RENEG_WINDOW seconds, none after disableRenegotiation(). Python reports starts after
// the first handshake only, which has just finished when the first one comes.
TLSSocket.prototype._onHandshakeStart = function(now) {
  const last = this[kLastHandshake] || now;
  this[kLastHandshake] = now;
  if ((now - last) >= module.exports.CLIENT_RENEG_WINDOW * 1000) this[kHandshakes] = 1;
  else this[kHandshakes] = (this[kHandshakes] || 0) + 1;
  if (this[kHandshakes] > module.exports.CLIENT_RENEG_LIMIT) {
    this._emitTLSError(new ERR_TLS_SESSION_ATTACK());
    return;
  }
  if (this[kDisableRenegotiation]) this._emitTLSError(new ERR_TLS_RENEGOTIATION_DISABLED());
};

// A failed handshake, as Node's TLSWrap `onerror` / `onConnectEnd` / a read error.
TLSSocket.prototype._onTlsError = function(desc) {
  if (this.destroyed || this._hadError) return;   // we hung up ourselves
  if (desc instanceof Error) { this._hadError = true; this.destroy(desc); return; }
  const o = this._tlsOptions;
  if (desc.code === 'ERR_TLS_HANDSHAKE_TIMEOUT') {
    this._emitTLSError(new ERR_TLS_HANDSHAKE_TIMEOUT());
    this.destroy();
    return;
  }
  if (desc.eof) {
    // the peer closed before the handshake finished: a server just closes ('tlsClientError'
    // "socket hang up" follows from 'close'); a client fails as Node's onConnectEnd
    if (o.isServer) { this.destroy(); return; }
    const options = this[kConnectOptions] || {};
    this._hadError = true;
    const error = new ConnResetException('Client network socket disconnected before secure TLS connection was established');
    error.path = options.path;
    error.host = options.host;
    error.port = options.port;
    error.localAddress = options.localAddress;
    this.destroy(error);
    return;
  }
  this._hadError = true;
  this.destroy(errorFromDesc(desc));
};

TLSSocket.prototype._emitTLSError = function(err) {
  const e = this._tlsError(err);
  if (e) this.emit('error', e);
};
TLSSocket.prototype._tlsError = function(err) {
  this.emit('_tlsError', err);
  if (this._controlReleased) return err;
  return null;
};
TLSSocket.prototype._releaseControl = function() {
  if (this._controlReleased) return false;
  this._controlReleased = true;
  this.removeListener('error', this._tlsError);
  return true;
};

// Node's TLSWrap closes the wrapped socket first: its 'close' precedes ours.
TLSSocket.prototype._destroy = function(exception, cb) {
  net.Socket.prototype._destroy.call(this, exception, cb);
  const parent = this._parent;
  if (parent && parent instanceof net.Socket && !parent.destroyed) process.nextTick(() => parent.destroy());
};

TLSSocket.prototype._onSecure = function() {
  if (this._newSessionPending && this._tlsOptions.isServer) {
    this._securePending = true;        // Node: 'secure' waits for the 'newSession' callback
    return;
  }
  const i = binding.info(this._handle);
  this._tlsInfo = i;
  if (this[kMaxSendFragment]) binding.setMaxSendFragment(this._handle, this[kMaxSendFragment]);
  this._secureEstablished = true;
  this.secureConnecting = false;
  this.alpnProtocol = i.alpn === false ? false : `${i.alpn}`;
  const o = this._tlsOptions;
  if (o.isServer) {
    this.servername = i.servername === false ? false : `${i.servername}`;
    if (this._requestCert) {
      const verifyError = verifyErrorObject(i.verifyError);
      if (verifyError) {
        this.authorizationError = verifyError.code;
        // Node judges in a 'secure' listener: the others (a renegotiate() callback) still run
        if (this._rejectUnauthorized) { this.destroy(); this.emit('secure'); return; }
      } else {
        this.authorized = true;
      }
    }
    this[kWriteGate] = null;
    this.emit('secure');
    if (!this.destroyed && this._releaseControl() && o.server) {
      this.secureConnecting = false;
      o.server.emit('secureConnection', this);
    }
    return;
  }
  const options = this[kConnectOptions] || {};
  // as SSL_get_servername on a client: the name we sent, else false (http2's originSet reads it)
  this.servername = o.servername ? `${o.servername}` : false;
  let verifyError = verifyErrorObject(i.verifyError);
  if (!verifyError && !i.reused) {
    const hostname = options.servername || options.host || (options.socket && options.socket._host) || 'localhost';
    const cert = this.getPeerCertificate(true);
    verifyError = (options.checkServerIdentity || checkServerIdentity)(hostname, cert);
  }
  this[kWriteGate] = null;
  if (verifyError) {
    this.authorized = false;
    this.authorizationError = verifyError.code || verifyError.message;
    if (this._rejectUnauthorized) { this.destroy(verifyError); return; }
  } else {
    this.authorized = true;
  }
  this.emit('secure');
  this.secureConnecting = false;
  this.emit('secureConnect');
  this[kIsVerified] = true;
  const session = this[kPendingSession];
  this[kPendingSession] = null;
  if (session) this.emit('session', session);
};

TLSSocket.prototype.getPeerCertificate = function(detailed) {
  if (!this._handle || !this._secureEstablished) return this._handle ? {} : null;
  return fromCertJSON(binding.peerCertificate(this._handle, !!detailed)) || {};
};
TLSSocket.prototype.getCertificate = function() {
  if (!this._secureContext) return null;
  const server = !!this._tlsOptions.isServer;
  return fromCertJSON(binding.ownCertificate(this._secureContext._for(server))) || {};
};
// crypto.X509Certificate views (Node: undefined without a certificate); the peer's issuers
// follow the chain OpenSSL verified, else the one the peer sent
TLSSocket.prototype.getPeerX509Certificate = function() {
  if (!this._handle || !this._tlsInfo) return undefined;
  const ders = JSON.parse(binding.peerCertChain(this._handle));
  let cert;
  for (let i = ders.length - 1; i >= 0; i--) cert = x509FromDER(Buffer.from(ders[i], 'base64'), cert);
  return cert;
};
TLSSocket.prototype.getX509Certificate = function() {
  if (this.destroyed && !this._handle) return undefined;
  const ctx = this._secureContext || this._tlsOptions.secureContext;   // known before connecting
  if (!ctx) return undefined;
  const der = binding.ownCertificateDER(this._handle || null, ctx._for(!!this._tlsOptions.isServer));
  return der == null ? undefined : x509FromDER(Buffer.from(der, 'base64'));
};
// Node's setKeyCert: the certificate and key this connection presents from now on (a TLS 1.2
// renegotiation serves them). Before the handshake our SSL object does not exist yet: ignored.
TLSSocket.prototype.setKeyCert = function(context) {
  if (!this._handle) return;
  const secureContext = context instanceof SecureContext ? context : createSecureContext(context);
  binding.setKeyCert(this._handle, secureContext._for(!!this._tlsOptions.isServer));
};
// Node's renegotiate: TLS 1.2 only (1.3 fails with OpenSSL's "wrong ssl version" on the next
// tick); 'secure' follows when the new handshake is done.
TLSSocket.prototype.renegotiate = function(options, callback) {
  validateObject(options, 'options');
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (this.destroyed) return undefined;
  let requestCert = !!this._requestCert;
  let rejectUnauthorized = !!this._rejectUnauthorized;
  if (options.requestCert !== undefined) requestCert = !!options.requestCert;
  if (options.rejectUnauthorized !== undefined) rejectUnauthorized = !!options.rejectUnauthorized;
  if (requestCert !== this._requestCert || rejectUnauthorized !== this._rejectUnauthorized) {
    if (this._handle) binding.setVerifyMode(this._handle, requestCert, rejectUnauthorized);
    this._requestCert = requestCert;
    this._rejectUnauthorized = rejectUnauthorized;
  }
  const failed = this._handle ? binding.renegotiate(this._handle) : null;
  if (failed != null) {
    const d = JSON.parse(failed);
    const err = new Error(d.message);
    err.library = d.library;
    err.reason = d.reason;
    err.code = d.code;
    if (callback) process.nextTick(callback, err);
    return false;
  }
  if (callback) this.once('secure', () => callback(null));
  return true;
};
TLSSocket.prototype.getProtocol = function() {
  if (!this._handle || !this._tlsInfo) return null;
  return this._tlsInfo.protocol === null ? null : `${this._tlsInfo.protocol}`;
};
TLSSocket.prototype.getCipher = function() {
  if (!this._handle || !this._tlsInfo) return null;
  const c = binding.cipher(this._handle);
  return { name: `${c.name}`, standardName: `${c.standardName}`, version: `${c.version}` };
};
TLSSocket.prototype.isSessionReused = function() { return !!(this._tlsInfo && this._tlsInfo.reused); };
// Node proxies these to its TLSWrap: null without a handle, undefined before there is a session.
TLSSocket.prototype.getSession = function() {
  if (!this._handle) return null;
  const der = binding.getSession(this._handle);
  return der == null ? undefined : Buffer.from(der, 'base64');
};
TLSSocket.prototype.getTLSTicket = function() {
  if (!this._handle) return null;
  const t = binding.getTLSTicket(this._handle);
  return t == null ? undefined : Buffer.from(t, 'base64');
};
// Node asks its TLSWrap, which exists from construction: a client answers {} until the
// handshake, a server null; after close there is no handle (null / a TypeError, as Node).
TLSSocket.prototype.getEphemeralKeyInfo = function() {
  if (this._tlsOptions.isServer || (this.destroyed && !this._handle)) return null;
  if (!this._handle || !this._tlsInfo) return {};
  const info = binding.ephemeralKeyInfo(this._handle);
  return info == null ? {} : JSON.parse(info);
};
TLSSocket.prototype.setMaxSendFragment = function(size) {
  validateInt32(size, 'size');
  if (this.destroyed && !this._handle) {
    throw new TypeError("Cannot read properties of null (reading 'setMaxSendFragment')");
  }
  // OpenSSL's own range; before the handshake it is kept and applied on 'secure'
  if (!this._handle || !this._tlsInfo) {
    if (size < 512 || size > 16384) return false;
    this[kMaxSendFragment] = size;
    return true;
  }
  return binding.setMaxSendFragment(this._handle, size) === true;
};
TLSSocket.prototype.disableRenegotiation = function() { this[kDisableRenegotiation] = true; };
TLSSocket.prototype.enableTrace = function() {};
TLSSocket.prototype.getFinished = function() {
  if (!this._handle) return null;
  const b = binding.getFinished(this._handle, false);
  return b == null ? undefined : Buffer.from(b, 'base64');
};
TLSSocket.prototype.getPeerFinished = function() {
  if (!this._handle) return null;
  const b = binding.getFinished(this._handle, true);
  return b == null ? undefined : Buffer.from(b, 'base64');
};
TLSSocket.prototype.exportKeyingMaterial = function(length, label, context) {
  validateUint32(length, 'length', true);
  validateString(label, 'label');
  if (context !== undefined) validateBuffer(context, 'context');
  if (!this._secureEstablished) throw new ERR_TLS_INVALID_STATE();
  const b = binding.exportKeyingMaterial(this._handle, length, label, context === undefined ? null : context);
  return b == null ? undefined : Buffer.from(b, 'base64');
};
TLSSocket.prototype.setSession = function(session) {
  if (typeof session === 'string') session = Buffer.from(session, 'latin1');
  this._tlsOptions.session = session;     // offered when the handshake starts
};
TLSSocket.prototype.setServername = function(name) {
  if (this._tlsOptions.isServer) throw new ERR_TLS_SNI_FROM_SERVER();
  this._tlsOptions.servername = name;
};

// ---- connect --------------------------------------------------------------------------------
function normalizeConnectArgs(listArgs) {
  const args = net._normalizeArgs(listArgs);
  const options = args[0];
  const cb = args[1];
  if (listArgs[1] !== null && typeof listArgs[1] === 'object') Object.assign(options, listArgs[1]);
  else if (listArgs[2] !== null && typeof listArgs[2] === 'object') Object.assign(options, listArgs[2]);
  return [options, cb];
}

function connect(...args) {
  let [options, cb] = normalizeConnectArgs(args);
  const allowUnauthorized = process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0';
  options = { rejectUnauthorized: !allowUnauthorized, checkServerIdentity, ...options };
  if (options.ALPNProtocols === undefined) delete options.ALPNProtocols;
  else convertALPNProtocols(options.ALPNProtocols, {});     // Node's length check, thrown here
  const host = options.host || 'localhost';
  // Node's tls.connect sends no SNI unless `servername` is given (https/http2 add it themselves)
  const context = options.secureContext || createSecureContext(options);
  const tlssock = new TLSSocket(options.socket, {
    allowHalfOpen: options.allowHalfOpen, secureContext: context, isServer: false,
    rejectUnauthorized: options.rejectUnauthorized !== false, servername: options.servername,
    highWaterMark: options.highWaterMark, signal: options.signal, session: options.session,
    ALPNProtocols: options.ALPNProtocols,
  });
  tlssock[kConnectOptions] = options;
  if (cb) tlssock.once('secureConnect', cb);
  if (!options.socket) {
    tlssock.once('connect', () => tlssock._startTLS());
    tlssock.connect({ ...options, host }, undefined);
  }
  if (options.timeout) tlssock.setTimeout(options.timeout);
  tlssock._releaseControl();
  return tlssock;
}

// ---- Server ---------------------------------------------------------------------------------
function tlsConnectionListener(rawSocket) {
  const socket = new TLSSocket(rawSocket, {
    secureContext: this._sharedCreds, isServer: true, server: this, requestCert: this.requestCert,
    rejectUnauthorized: this.rejectUnauthorized, handshakeTimeout: this[Symbol.for('handshakeTimeout')],
    allowHalfOpen: this.allowHalfOpen,
  });
  socket.server = this;
  if (this.listenerCount('keylog') > 0) {
    socket.on('keylog', onSocketKeylog);
    if (socket._handle) binding.enableKeylog(socket._handle);
  }
  socket[kErrorEmitted] = false;
  socket.on('close', onSocketClose);
  socket.on('_tlsError', onSocketTLSError);
  socket.on('error', onSocketTLSError);
}

function onSocketKeylog(line) {
  this._tlsOptions.server.emit('keylog', line, this);
}

function onSocketTLSError(err) {
  if (!this._controlReleased && !this[kErrorEmitted]) {
    this[kErrorEmitted] = true;
    this._tlsOptions.server.emit('tlsClientError', err, this);
  }
}

function onSocketClose(err) {
  if (err) return;    // closed because of an error: already reported
  if (!this._controlReleased && !this[kErrorEmitted]) {
    this[kErrorEmitted] = true;
    this._tlsOptions.server.emit('tlsClientError', new ConnResetException('socket hang up'), this);
  }
}

function Server(options, listener) {
  if (!(this instanceof Server)) return new Server(options, listener);
  if (typeof options === 'function') {
    listener = options;
    options = {};
  } else if (options == null || typeof options === 'object') {
    options = options ?? {};
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  this.ALPNCallback = options.ALPNCallback;
  if (this.ALPNCallback && options.ALPNProtocols) throw new ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS();
  this._contexts = [];
  this.requestCert = options.requestCert === true;
  this.rejectUnauthorized = options.rejectUnauthorized !== false;
  this._SNICallback = options.SNICallback || null;
  this[Symbol.for('handshakeTimeout')] = options.handshakeTimeout || 120000;
  this.setSecureContext(options);
  net.Server.call(this, options, tlsConnectionListener);
  if (listener) this.on('secureConnection', listener);
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

Server.prototype.setSecureContext = function(options) {
  this._options = options;
  // the server's ALPNProtocols / ALPNCallback live in its shared context
  this._sharedCreds = createSecureContext({ ...options, requestCert: options.requestCert === true }, true);
};
Server.prototype.addContext = function(servername, context) {
  if (!servername) throw new ERR_TLS_REQUIRED_SERVER_NAME();
  const re = new RegExp(`^${servername.replace(/([.^$+?\-\\[\]{}])/g, '\\$1').replace(/\*/g, '[^.]*')}$`);
  this._contexts.push([re, context instanceof SecureContext ? context : createSecureContext(context)]);
};
Server.prototype.setTicketKeys = function(keys) {
  validateBuffer(keys);
  if (keys.byteLength !== 48) throw new ERR_INTERNAL_ASSERTION('Session ticket keys must be a 48-byte buffer');
  binding.setTicketKeys(this._sharedCreds._for(true), keys);
};
Server.prototype.getTicketKeys = function() {
  return Buffer.from(binding.getTicketKeys(this._sharedCreds._for(true)), 'base64');
};

function createServer(options, listener) {
  return new Server(options, listener);
}

function convertProtocols(protocols) {
  const lens = new Array(protocols.length);
  const buff = Buffer.allocUnsafe(protocols.reduce((p, c, i) => {
    const len = Buffer.byteLength(c);
    if (len > 255) {
      throw new ERR_OUT_OF_RANGE(`The byte length of the protocol at index ${i} exceeds the maximum length.`,
                                 '<= 255', len, true);
    }
    lens[i] = len;
    return p + 1 + len;
  }, 0));
  let offset = 0;
  for (let i = 0; i < protocols.length; i++) {
    buff[offset++] = lens[i];
    buff.write(protocols[i], offset);
    offset += lens[i];
  }
  return buff;
}

function convertALPNProtocols(protocols, out) {
  if (Array.isArray(protocols)) {
    out.ALPNProtocols = convertProtocols(protocols);
  } else if (protocols instanceof Uint8Array) {
    out.ALPNProtocols = Buffer.from(protocols);
  } else if (ArrayBuffer.isView(protocols)) {
    out.ALPNProtocols = Buffer.from(protocols.buffer.slice(protocols.byteOffset,
                                                           protocols.byteOffset + protocols.byteLength));
  }
}

let roots = null;
module.exports = {
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS: 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:' +
    'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:' +
    'ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:' +
    'DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:' +
    'DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA',
  DEFAULT_ECDH_CURVE: 'auto',
  DEFAULT_MIN_VERSION: 'TLSv1.2',
  DEFAULT_MAX_VERSION: 'TLSv1.3',
  checkServerIdentity,
  connect,
  convertALPNProtocols,
  createSecureContext,
  createServer,
  getCiphers() {
    return ['aes128-gcm-sha256', 'aes128-sha', 'aes128-sha256', 'aes256-gcm-sha384', 'aes256-sha',
      'aes256-sha256', 'ecdhe-ecdsa-aes128-gcm-sha256', 'ecdhe-ecdsa-aes256-gcm-sha384',
      'ecdhe-ecdsa-chacha20-poly1305', 'ecdhe-rsa-aes128-gcm-sha256', 'ecdhe-rsa-aes256-gcm-sha384',
      'ecdhe-rsa-chacha20-poly1305', 'tls_aes_128_gcm_sha256', 'tls_aes_256_gcm_sha384',
      'tls_chacha20_poly1305_sha256'];
  },
  SecureContext,
  Server,
  TLSSocket,
};
Object.defineProperty(module.exports, 'rootCertificates', {
  __proto__: null, enumerable: true, configurable: false,
  get() {
    if (roots === null) roots = Object.freeze(JSON.parse(binding.rootCertificates()));
    return roots;
  },
});
