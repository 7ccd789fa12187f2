'use strict';
// perf_hooks 'http2' entries (Node's Http2Session / Http2Stream PerformanceEntry objects),
// recorded only for sessions that start while some PerformanceObserver watches 'http2'
// (perf_hooks' own hasObserver/enqueue hooks).

const perf = require('perf_hooks');
const { enqueue, hasObserver } = perf[Symbol.for('nodecompat.perf_hooks.internal')];

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
  // Node's key order. Wire byte and frame totals are the engine's (docs/engine-requests.md);
  // until it keeps them: the socket's counters for bytes, 0 for frames.
  emit('Http2Session', p.start, {
    bytesWritten: (socket && socket.bytesWritten) || 0,
    bytesRead: (socket && socket.bytesRead) || 0,
    framesReceived: 0, framesSent: 0,
    maxConcurrentStreams: p.maxOpen, pingRTT: p.pingRTT,
    streamAverageDuration: p.count ? p.durations / p.count : 0,
    streamCount: p.count, type,
  });
}

module.exports = {
  sessionStart, sessionStream, streamEnd, streamMark, streamRead, streamWrote, sessionPing, sessionEnd,
};
