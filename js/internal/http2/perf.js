'use strict';
// perf_hooks 'http2' entries (Node's Http2Session / Http2Stream PerformanceEntry objects),
// recorded only for sessions that start while some PerformanceObserver watches 'http2'
// (perf_hooks' own hasObserver/enqueue hooks).

const perf = require('perf_hooks');
const { enqueue, hasObserver } = perf[Symbol.for('nodecompat.perf_hooks.internal')];

const { numbers } = require('internal/http2/handle');
const { wireTotals } = internalBinding('http2');

const kPerf = Symbol('http2.perf');

// Node's entry prints as [object Object] (no toStringTag of its own).
class Http2PerformanceEntry extends perf.PerformanceEntry {}

function observed() { return hasObserver('http2'); }
function now() { return perf.performance.now(); }

function emit(name, start, detail) {
  enqueue(new Http2PerformanceEntry(name, 'http2', start, now() - start, detail));
}

// Session: call start at construction, streamOpened/streamClosed/ping as they happen, end at close.
function sessionStart(session) {
  if (!observed()) return;
  session[kPerf] = { start: now(), open: 0, maxOpen: 0, count: 0, durations: 0, pingRTT: 0 };
}
// The engine session exists: from now on it counts frames sent (framesSent is off by default).
function sessionHandle(session, handle) {
  const p = session[kPerf];
  if (p !== undefined && handle.py) p.engine = wireTotals(handle.py);
}
function sessionStream(session, stream) {
  const p = session[kPerf];
  if (p === undefined) return;
  p.count++;
  if (++p.open > p.maxOpen) p.maxOpen = p.open;
  stream[kPerf] = { start: now(), firstHeader: 0, firstByte: 0, firstByteSent: 0, read: 0, written: 0 };
}
function streamEnd(session, stream, id) {
  const s = stream[kPerf];
  const p = session && session[kPerf];
  if (s === undefined) return;
  stream[kPerf] = undefined;
  const duration = now() - s.start;
  if (p !== undefined) { p.open--; p.durations += duration; }
  if (!observed()) return;
  // bytesRead/bytesWritten: DATA payload bytes, as nghttp2's per-stream statistics count them.
  emit('Http2Stream', s.start, {
    bytesRead: s.read, bytesWritten: s.written, id,
    timeToFirstByte: s.firstByte ? s.firstByte - s.start : 0,
    timeToFirstByteSent: s.firstByteSent ? s.firstByteSent - s.start : 0,
    timeToFirstHeader: s.firstHeader ? s.firstHeader - s.start : 0,
  });
}
function streamMark(stream, what) {
  const s = stream[kPerf];
  if (s !== undefined && s[what] === 0) s[what] = now();
}
// DATA payload received (n bytes) / queued for sending on a stream.
function streamRead(stream, n) {
  const s = stream[kPerf];
  if (s === undefined) return;
  if (s.firstByte === 0) s.firstByte = now();
  s.read += n;
}
function streamWrote(stream, n) {
  const s = stream[kPerf];
  if (s === undefined) return;
  if (s.firstByteSent === 0) s.firstByteSent = now();
  s.written += n;
}
function sessionPing(session, rtt) {
  const p = session[kPerf];
  if (p !== undefined) p.pingRTT = rtt;
}
function sessionEnd(session, socket, type) {
  const p = session[kPerf];
  if (p === undefined) return;
  session[kPerf] = undefined;
  if (!observed()) return;
  // Node's key order; wire byte and frame totals are the engine's (0 without an engine session).
  const t = p.engine ? wireTotals(p.engine) && numbers : [0, 0, 0, 0];
  emit('Http2Session', p.start, {
    bytesWritten: t[1], bytesRead: t[0], framesReceived: t[2], framesSent: t[3],
    maxConcurrentStreams: p.maxOpen, pingRTT: p.pingRTT,
    streamAverageDuration: p.count ? p.durations / p.count : 0,
    streamCount: p.count, type,
  });
}

module.exports = {
  sessionStart, sessionHandle, sessionStream, streamEnd, streamMark, streamRead, streamWrote, sessionPing, sessionEnd,
};
