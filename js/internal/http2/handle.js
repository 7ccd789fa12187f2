'use strict';
// JS side of the http2 binding: plays the part of Node's native Http2Session/Http2Stream handles
// for core.js, on top of `internalBinding('http2')` (nodecompat/http2/binding.py).
//
// Boundary (docs/http2-js.md): Python reports engine events in batches. Per batch it fills the
// Int32Array record arena and the Uint8Array payload arena (both allocated here and kept for the
// life of the process) and makes ONE call, onBatch(sessionId, count). JS -> Python commands are
// plain functions taking the Python session object and Uint8Arrays; their numeric arguments are
// written into the shared `args` Int32Array first (JS numbers reaching Python leak, notes §5.3).

const { Buffer } = require('buffer');

const rawBinding = internalBinding('http2');
// Every command but the deferred ones first hands Python the queued ops (engine order = call order).
const binding = {};
for (const name of Object.keys(rawBinding)) {
  const fn = rawBinding[name];
  binding[name] = name === 'init' || name === 'submit' ? fn : (a, b) => {
    if (opCount > 0) {
      // `b` may be a scratch view (encodeLatin1, core.js's ASCII bodies) that code run by the
      // flush (an 'aborted' listener of a refused stream) could overwrite: keep a copy
      if (b instanceof Uint8Array && b.length > 0) b = new Uint8Array(b);  // (a Buffer's slice is a view)
      flushOps();
    }
    return fn(a, b);
  };
}

const REC_INTS = 8;                       // ints per record
const REC_MAX = 8192;                     // records per batch before Python flushes
const PAYLOAD_BYTES = 1 << 20;            // payload bytes per batch before Python flushes
const records = new Int32Array(REC_INTS * REC_MAX);
const payload = new Uint8Array(PAYLOAD_BYTES);
const args = new Int32Array(16);
const numbers = new Float64Array(16);     // options/settings/state values crossing both ways
const acks = new Int32Array(1 + 2 * 4096); // [count, stream, bytes, ...] flow-control acks
// Deferred stream commands (respond / write / end): queued here and handed to Python in ONE
// call (binding.submit) once the current JS turn has run its ticks, instead of one call each.
// Op record: [op, stream, option, offset, length]; Python writes each op's result into slot 4.
const OP_INTS = 5;
const OP_MAX = 2048;
const OUT_BYTES = 256 * 1024;
const DEFER_MAX = 16 * 1024;              // bigger writes go straight to Python (no extra copy)
// NODECOMPAT_H2_NO_BATCH=1: every command crosses at once (to compare or to rule batching out)
const BATCH = !(typeof process === 'object' && process.env && process.env.NODECOMPAT_H2_NO_BATCH);
const ops = new Int32Array(OP_INTS * OP_MAX);
const out = new Uint8Array(OUT_BYTES);
const OP_RESPOND = 1;
const OP_WRITE = 2;
const OP_END = 3;
const OP_TRAILERS = 4;

// Record types (nodecompat/http2/binding.py has the same table).
const EV_HEADERS = 1;        // stream, cat, flags; payload name\0value\0flag\0... (latin-1)
const EV_DATA = 2;           // stream, flowLength; payload bytes
const EV_STREAM_CLOSE = 3;   // stream, code
const EV_SETTINGS = 4;       // remote SETTINGS received
const EV_SETTINGS_ACK = 5;   // our SETTINGS acknowledged
const EV_PING = 6;           // payload
const EV_GOAWAY = 7;         // code, lastStreamId; payload opaque data
const EV_WANT_TRAILERS = 8;  // stream
const EV_WRITE_DONE = 9;     // stream: its queue fell under the low mark
const EV_PRIORITY = 10;      // stream, parent, weight, exclusive: a PRIORITY frame received
const EV_FRAME_ERROR = 11;   // stream, frame type, code
const EV_ALTSVC = 12;        // stream, originLength; payload origin + value
const EV_ORIGIN = 13;        // payload origins, NUL-terminated
const EV_SESSION_ERROR = 14; // kind, h2 code
const EV_DONE = 15;          // the session is finished with the transport
const EV_PING_ACK = 16;      // rtt in microseconds; payload
const EV_END = 17;           // stream: the peer ended its side
const EV_STREAM_ID = 18;     // token, id: a queued client request got its stream id

const EMPTY = new Uint8Array(0);  // 'no bytes' (JS null reaches Python as pm.null, not None)
const sessions = new Map();  // id -> SessionHandle
let nextSessionId = 1;
let initialized = false;

// fromCharCode.apply over a plain array: ~1/3 cheaper than over a typed-array view
const latin1Codes = [];
function latin1(off, len) {
  let s = '';
  for (let i = off, end = off + len; i < end; i += 8192) {
    const n = Math.min(end, i + 8192) - i;
    latin1Codes.length = n;
    for (let k = 0; k < n; k++) latin1Codes[k] = payload[i + k];
    s += String.fromCharCode.apply(null, latin1Codes);
  }
  latin1Codes.length = 0;
  return s;
}

// Decoded header blocks by content: clients repeat the same block (each request of a page, every
// request of a load test). A hit costs a hash and a compare of the bytes (no string is built:
// fromCharCode over a typed array is the slow part), and the cached names are atoms, which header
// objects index fastest. Keyed by an FNV-1a hash; a collision just replaces the entry.
const headerBlocks = new Map();   // hash -> { bytes, list, sensitive }
const HEADER_BLOCKS_MAX = 256;
const HEADER_BLOCK_MAX_LEN = 4096;

function splitHeaderBlock(block) {
  const parts = block.split('\0');
  const list = [];
  const sensitive = [];
  for (let i = 0; i + 2 < parts.length; i += 3) {
    list.push(parts[i], parts[i + 1]);
    if (parts[i + 2] === '1') sensitive.push(parts[i]);
  }
  return [list, sensitive];
}

// payload[off, off + len) = `name\0value\0flag\0...` -> [[name, value, ...], [sensitive names]]
// (fresh arrays: callers own them)
function decodeHeaderBlock(off, len) {
  if (len > HEADER_BLOCK_MAX_LEN) return splitHeaderBlock(latin1(off, len));
  const end = off + len;
  let h = 0x811c9dc5 ^ len;
  for (let i = off; i < end; i++) h = Math.imul(h ^ payload[i], 16777619);
  let e = headerBlocks.get(h);
  if (e !== undefined) {
    const bytes = e.bytes;
    let same = bytes.length === len;
    for (let i = 0; same && i < len; i++) same = bytes[i] === payload[off + i];
    if (!same) e = undefined;
  }
  if (e === undefined) {
    const [list, sensitive] = splitHeaderBlock(latin1(off, len));
    for (let i = 0; i < list.length; i += 2) list[i] = Object.keys({ [list[i]]: 0 })[0];  // atoms
    if (headerBlocks.size >= HEADER_BLOCKS_MAX) headerBlocks.clear();
    e = { bytes: payload.slice(off, end), list, sensitive };
    headerBlocks.set(h, e);
  }
  return [e.list.slice(), e.sensitive.length === 0 ? [] : e.sensitive.slice()];
}

function copyOut(off, len) {
  const copy = payload.slice(off, off + len);
  return Buffer.from(copy.buffer, copy.byteOffset, copy.length);
}

// Strings to latin-1 bytes (header blocks: Node hands one-byte strings to nghttp2).
let encodeBuf = new Uint8Array(4096);
function encodeLatin1(str) {
  if (str.length > encodeBuf.length) encodeBuf = new Uint8Array(str.length * 2);
  for (let i = 0; i < str.length; i++) encodeBuf[i] = str.charCodeAt(i);
  return encodeBuf.subarray(0, str.length);
}

function ack(streamId, n) {
  let k = acks[0];
  if (1 + 2 * k + 1 >= acks.length) return false;
  acks[1 + 2 * k] = streamId;
  acks[2 + 2 * k] = n;
  acks[0] = k + 1;
  return true;
}

// Node makes one native->JS callback per nghttp2 event and drains nextTicks after each (so
// 'response', emitted on nextTick, precedes 'data' of the same read). Same here, per record.
let runTicks;
function drainTicks() {
  if (runTicks === undefined) {
    try {
      runTicks = require('internal/process/task_queues').runTicks;
    } catch {
      runTicks = typeof process._tickCallback === 'function' ? process._tickCallback : null;
    }
  }
  if (runTicks) runTicks();
}

function onBatch(sessionId, count) {
  if (opCount > 0) flushOps();
  const session = sessions.get(sessionId);
  if (session === undefined) return;
  inBatch++;
  try {
    onBatchRecords(session, count);
  } finally {
    inBatch--;
    // the streams this batch answered: one submit, after the host ran the batch's last ticks
    if (inBatch === 0 && opCount > 0 && !flushQueued) {
      flushQueued = true;
      afterTicks(flushTick);
    }
  }
}

function onBatchRecords(session, count) {
  let error = null;
  for (let r = 0; r < count; r++) {
    const b = r * REC_INTS;
    try {
      session.dispatch(records[b], records[b + 1], records[b + 2], records[b + 3], records[b + 4],
                       records[b + 5], records[b + 6], records[b + 7]);
      if (r + 1 < count) drainTicks();
    } catch (err) {
      // A listener threw: finish the batch (its bytes are already consumed), then report it.
      if (error === null) error = err;
    }
  }
  if (error !== null) throw error;
}

function ensureInit() {
  if (initialized) return;
  initialized = true;
  binding.init(records, payload, args, numbers, acks, onBatch, ops, out);
}

// ---- deferred stream commands ----------------------------------------------------------------
let opCount = 0;
let outUsed = 0;
let opSession = null;        // the SessionHandle the queued ops belong to
const opHandles = [];        // StreamHandle of each queued op
let flushQueued = false;
let inBatch = 0;             // > 0 while onBatch dispatches records: ops wait for its end
let makeError = (code) => new Error(`HTTP/2 error ${code}`);  // core.js installs NghttpError

function setErrorFactory(fn) { makeError = fn; }

// Queue an op (bytes copied now: the caller may reuse its buffer once its callback ran).
function queueOp(handle, op, option, bytes) {
  const session = handle.session;
  const len = bytes === null ? 0 : bytes.length;
  if ((opSession !== null && opSession !== session) || opCount === OP_MAX ||
      outUsed + len > OUT_BYTES) {
    if (len > 0) bytes = new Uint8Array(bytes);   // a scratch view: see the binding wrapper above
    flushOps();
  }
  opSession = session;
  const b = opCount * OP_INTS;
  ops[b] = op; ops[b + 1] = handle.streamId; ops[b + 2] = option;
  ops[b + 3] = outUsed; ops[b + 4] = len;
  if (len > 0) { out.set(bytes, outUsed); outUsed += len; }
  opHandles[opCount++] = handle;
  if (!flushQueued) {
    flushQueued = true;
    afterTicks(flushTick);
  }
}

let runAfterTicks;
function afterTicks(fn) {
  runAfterTicks ??= require('internal/process/task_queues').runAfterTicks;
  runAfterTicks(fn);
}

// Runs once the turn's ticks are done: the turn's respond/write/end go in one call.
function flushTick() {
  flushQueued = false;
  if (inBatch > 0) return;   // onBatch queues a flush when its records are done
  if (opCount > 0) flushOps();
}

// Hand the queued ops to Python, then act on their results (errors, backpressure).
function flushOps() {
  const session = opSession;
  const n = opCount;
  opCount = 0; outUsed = 0; opSession = null;
  if (n === 0 || session === null) return;
  if (session.py !== null) {
    const saved = args[0];   // a command about to run may have filled args already
    args[0] = n;
    binding.submit(session.py, EMPTY);
    args[0] = saved;
  } else {
    for (let i = 0; i < n; i++) ops[i * OP_INTS + 4] = -510;
  }
  let error = null;
  for (let i = 0; i < n; i++) {
    const h = opHandles[i];
    opHandles[i] = undefined;
    const b = i * OP_INTS;
    const ret = ops[b + 4];
    if (ops[b] === OP_WRITE) {
      if (ret === 0) h.blocked = true;    // above the engine's mark: EV_WRITE_DONE will follow
    } else if ((ops[b] === OP_RESPOND || ops[b] === OP_TRAILERS) && ret < 0 && ret !== -510 &&
               h.owner !== undefined &&
               !h.owner.destroyed) {
      // -510: the engine closed the stream already (its RST came in the same read); its close
      // record follows, and core.js treats that refusal as no error either
      try {
        h.owner.destroy(makeError(ret));
      } catch (err) {
        if (error === null) error = err;
      }
    }
  }
  if (error !== null) throw error;
}

class StreamHandle {
  constructor(session, id) {
    this.session = session;
    this.streamId = id;
    this.owner = undefined;    // the Http2Stream
    this.waiting = [];         // write callbacks held until EV_WRITE_DONE
    this.reading = true;
    this.pendingConsume = 0;   // flow-controlled bytes delivered while paused
    this.onready = null;       // queued client request: called once the id is known
    this.blocked = false;      // a deferred write found the engine's queue above its mark
  }

  id() { return this.streamId; }

  call(fn, bytes, a1 = 0, a2 = 0, a3 = 0) {
    const py = this.session.py;
    if (py === null || this.streamId === undefined) return -510;
    args[0] = this.streamId; args[1] = a1; args[2] = a2; args[3] = a3;
    return fn(py, bytes || EMPTY);
  }

  respond(headersList, options) {
    if (!BATCH) return this.call(binding.respond, encodeLatin1(headersList[0]), options);
    if (this.session.py === null || this.streamId === undefined) return -510;
    // deferred: an engine refusal destroys the stream when the ops are flushed
    queueOp(this, OP_RESPOND, options, encodeLatin1(headersList[0]));
    return 0;
  }

  info(headersList) { return this.call(binding.info, encodeLatin1(headersList[0])); }

  trailers(headersList) {
    const block = encodeLatin1(headersList[0]);
    if (!BATCH || block.length > DEFER_MAX) return this.call(binding.trailers, block);
    if (this.session.py === null || this.streamId === undefined) return -510;
    // deferred like respond (compat sends trailers on every response): a refusal destroys the
    // stream when the ops are flushed
    queueOp(this, OP_TRAILERS, 0, block);
    return 0;
  }

  pushPromise(headersList, options) {
    const ret = this.call(binding.pushPromise, encodeLatin1(headersList[0]), options);
    if (ret < 0) return ret;
    return this.session.streamHandle(ret);
  }

  rstStream(code) { this.call(binding.rstStream, null, code); }

  priority(parent, weight, exclusive, silent) {
    this.call(binding.priority, null, parent, weight, (exclusive ? 1 : 0) | (silent ? 2 : 0));
  }

  // Queue `data` (a Uint8Array); cb runs once the engine's queue for the stream has room.
  write(data, cb) {
    if (BATCH && data.length <= DEFER_MAX && this.session.py !== null &&
        this.streamId !== undefined) {
      queueOp(this, OP_WRITE, 0, data);
      if (this.blocked) this.waiting.push(cb);
      else cb(0);
      return 0;
    }
    const ret = this.call(binding.write, data);
    if (ret === 0) this.blocked = true;
    if (ret === 0 || (ret > 0 && this.blocked)) this.waiting.push(cb);
    else cb(0);
    return 0;
  }

  shutdown(cb) {
    if (!BATCH) {
      this.call(binding.shutdown, null);
    } else if (this.session.py !== null && this.streamId !== undefined) {
      // The stream's last command. Inside an engine batch it waits for the batch's one submit
      // (the binding then flushes the engine before the next JS immediates, as Node's native
      // immediate does, so core.js's callStreamClose finds the stream closed); elsewhere it is
      // submitted now, so the engine's flush is queued before that immediate.
      queueOp(this, OP_END, 0, null);
      if (inBatch === 0) flushOps();
    }
    cb();
  }

  readStart() {
    this.reading = true;
    if (this.pendingConsume > 0) {
      const n = this.pendingConsume;
      this.pendingConsume = 0;
      this.call(binding.consumeData, null, n);
    }
  }

  readStop() { this.reading = false; }

  refreshState() {
    this.call(binding.streamState, null);
    return numbers;
  }

  flushWaiting() {
    this.blocked = false;
    if (this.waiting.length === 0) return;   // the usual case: no allocation
    const cbs = this.waiting.splice(0);
    for (const cb of cbs) cb(0);
  }

  destroy() {
    this.session.streams.delete(this.streamId);
    this.owner = undefined;
    this.flushWaiting();
  }
}

const kSessionErrors = [undefined, 'ERR_HTTP2_ERROR', 'ERR_HTTP2_SESSION_ERROR',
  'ERR_HTTP2_MAX_PENDING_SETTINGS_ACK', 'ERR_HTTP2_TOO_MANY_INVALID_FRAMES', 'ERR_HTTP2_FLOODED'];

class SessionHandle {
  // type: 0 server, 1 client. cb: core.js's functions, called as Node's native layer does.
  constructor(type, callbacks) {
    ensureInit();
    this.type = type;
    this.cb = callbacks;
    this.id = nextSessionId++;
    this.streams = new Map();
    this.queued = new Map();   // token -> StreamHandle of a client request waiting for an id
    this.owner = undefined;
    this.ondone = null;
    this.py = null;
    this.pingCallbacks = [];
    this.settingsSnap = null;  // a remote SETTINGS frame's values while 'remoteSettings' runs
    this.settingsCallbacks = [];
    this.closedForGood = false;
  }

  // Take over the socket's transport (`socket._handle`) and start the HTTP/2 connection.
  consume(socketHandle, packedSettings, options) {
    for (let i = 0; i < 12; i++) numbers[i] = options[i] === undefined ? -1 : options[i];
    args[0] = this.id; args[1] = this.type;
    sessions.set(this.id, this);
    this.py = binding.start(socketHandle, packedSettings);
  }

  streamHandle(id) {
    let h = this.streams.get(id);
    if (h === undefined) {
      h = new StreamHandle(this, id);
      this.streams.set(id, h);
    }
    return h;
  }

  receive(buf) {
    if (this.py !== null) binding.receive(this.py, buf);
  }

  // SETTINGS already handed to the engine (the initial ones): only wait for the ACK.
  expectSettingsAck(cb) { this.settingsCallbacks.push(cb); }

  settings(packed, cb) {
    if (this.py === null) return true;
    if (binding.settings(this.py, packed) < 0) return false;
    this.settingsCallbacks.push(cb);
    return true;
  }

  request(headersList, streamOptions, parent, weight, exclusive) {
    if (this.py === null) return -510;
    args[0] = streamOptions; args[1] = parent; args[2] = weight; args[3] = exclusive ? 1 : 0;
    const ret = binding.request(this.py, encodeLatin1(headersList[0]));
    if (ret < 0) return ret;
    if (ret === 0) {
      const h = new StreamHandle(this, undefined);
      this.queued.set(args[0], h);
      return h;
    }
    return this.streamHandle(ret);
  }

  ping(payloadBytes, cb) {
    if (this.py === null || !binding.ping(this.py, payloadBytes || EMPTY)) {
      process.nextTick(cb, false, 0, undefined);
      return false;
    }
    this.pingCallbacks.push(cb);
    return true;
  }

  goaway(code, lastStreamID, opaque) {
    if (this.py === null) return;
    args[0] = code; args[1] = lastStreamID;
    binding.goaway(this.py, opaque || EMPTY);
  }

  altsvc(stream, origin, alt) {
    if (this.py === null) return;
    args[0] = stream; args[1] = origin.length;
    binding.altsvc(this.py, encodeLatin1(origin + alt));
  }

  origin(list, count) {
    if (this.py === null) return;
    args[0] = count;
    binding.origin(this.py, encodeLatin1(list));
  }

  setNextStreamID(id) {
    if (this.py === null) return 0;
    args[0] = id;
    return binding.setNextStreamID(this.py);
  }

  setLocalWindowSize(size) {
    if (this.py === null) return 0;
    args[0] = size;
    return binding.setLocalWindowSize(this.py);
  }

  localSettings() { if (this.py !== null) binding.localSettings(this.py); return numbers; }

  remoteSettings() {
    const snap = this.settingsSnap;
    if (snap) { for (let i = 0; i < 7; i++) numbers[i] = snap.readDoubleLE(8 * i); return numbers; }
    if (this.py !== null) binding.remoteSettings(this.py);
    return numbers;
  }

  refreshState() { if (this.py !== null) binding.sessionState(this.py); return numbers; }

  hasPendingData() { return this.py !== null && binding.hasPendingData(this.py); }

  setGracefulClose() { if (this.py !== null) binding.setGracefulClose(this.py); }

  // Tear down: the engine sends GOAWAY(code) if it can and closes the transport; EV_DONE follows.
  destroy(code, socketDestroyed) {
    if (this.py === null || this.closedForGood) {
      this.finish();
      const done = this.ondone;
      this.ondone = null;
      if (typeof done === 'function') done();
      return;
    }
    args[0] = code; args[1] = socketDestroyed ? 1 : 0;
    binding.destroy(this.py);
  }

  finish() {
    if (this.closedForGood) return;
    this.closedForGood = true;
    sessions.delete(this.id);
    this.py = null;
    const pings = this.pingCallbacks.splice(0);
    const settings = this.settingsCallbacks.splice(0);
    for (const h of this.streams.values()) h.flushWaiting();
    this.streams.clear();
    this.queued.clear();
    for (const cb of pings) cb(false, 0, undefined);
    for (const cb of settings) cb(false, 0);
    const done = this.ondone;
    this.ondone = null;
    if (typeof done === 'function') done();
  }

  dispatch(type, a, b, c, d, e, off, len) {
    const cb = this.cb;
    switch (type) {
      case EV_HEADERS: {
        const [list, sensitive] = decodeHeaderBlock(off, len);
        cb.onSessionHeaders.call(this, this.streamHandle(a), a, b, c, list, sensitive);
        break;
      }
      case EV_DATA: {
        const h = this.streams.get(a);
        if (h === undefined || h.owner === undefined) {
          ack(a, b);                            // nobody will read it: keep the window open
          break;
        }
        const more = len > 0 ? cb.onStreamData.call(h, copyOut(off, len)) : true;
        if (more && h.reading) ack(a, b);
        else h.pendingConsume += b;
        break;
      }
      case EV_END: {
        const h = this.streams.get(a);
        if (h !== undefined && h.owner !== undefined) cb.onStreamEnd.call(h);
        break;
      }
      case EV_STREAM_CLOSE: {
        const h = this.streams.get(a);
        if (h === undefined) break;
        h.flushWaiting();
        if (h.owner !== undefined) cb.onStreamClose.call(h, b);
        this.streams.delete(a);
        break;
      }
      case EV_STREAM_ID: {
        const h = this.queued.get(a);
        if (h === undefined) break;
        this.queued.delete(a);
        h.streamId = b;
        this.streams.set(b, h);
        const ready = h.onready;
        h.onready = null;
        if (typeof ready === 'function') ready(b);
        break;
      }
      case EV_SETTINGS:
        // this frame's values (7 doubles): remoteSettings() reads them while the event runs
        this.settingsSnap = len >= 56 ? copyOut(off, len) : null;
        cb.onSettings.call(this);
        this.settingsSnap = null;
        break;
      case EV_SETTINGS_ACK: {
        const scb = this.settingsCallbacks.shift();
        if (scb) scb(true, 0);
        break;
      }
      case EV_PING:
        cb.onPing.call(this, copyOut(off, len));
        break;
      case EV_PING_ACK: {
        const pcb = this.pingCallbacks.shift();
        if (pcb) pcb(true, a / 1000, copyOut(off, len));
        break;
      }
      case EV_GOAWAY:
        cb.onGoawayData.call(this, a, b, len > 0 ? copyOut(off, len) : undefined);
        break;
      case EV_PRIORITY:            // stream, parent, weight, exclusive
        cb.onPriority.call(this, a, b, c, d !== 0);
        break;
      case EV_WANT_TRAILERS: {
        const h = this.streams.get(a);
        if (h !== undefined && h.owner !== undefined) cb.onStreamTrailers.call(h);
        break;
      }
      case EV_WRITE_DONE: {
        const h = this.streams.get(a);
        if (h !== undefined) h.flushWaiting();
        break;
      }
      case EV_FRAME_ERROR:
        cb.onFrameError.call(this, a, b, c);
        break;
      case EV_ALTSVC: {
        const s = latin1(off, len);
        cb.onAltSvc.call(this, a, s.slice(0, b), s.slice(b));
        break;
      }
      case EV_ORIGIN: {
        const list = latin1(off, len).split('\0');
        list.length--;
        cb.onOrigin.call(this, list);
        break;
      }
      case EV_SESSION_ERROR:
        cb.onSessionInternalError.call(this, kSessionErrors[a] || 'ERR_HTTP2_ERROR', b);
        break;
      case EV_DONE:
        this.finish();
        break;
    }
  }
}

module.exports = { SessionHandle, StreamHandle, numbers, encodeLatin1, setErrorFactory };
