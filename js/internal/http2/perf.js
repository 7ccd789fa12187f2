'use strict';
// perf_hooks 'http2' entries (Node's Http2Session / Http2Stream PerformanceEntry objects),
// recorded only while some PerformanceObserver watches 'http2'. perf_hooks has no enqueue hook
// for other modules, so observers are tracked by wrapping observe()/disconnect() once; observers
// that called observe() before http2 was first required are not seen.

const perf = require('perf_hooks');

const watching = new Set();
const kPerf = Symbol('http2.perf');

const proto = perf.PerformanceObserver.prototype;
const origObserve = proto.observe;
const origDisconnect = proto.disconnect;
proto.observe = function observe(options = {}) {
  const r = origObserve.call(this, options);
  const types = (options && (options.entryTypes || (options.type ? [options.type] : []))) || [];
  if (types.includes('http2')) watching.add(this);
  return r;
};
proto.disconnect = function disconnect() {
  watching.delete(this);
  return origDisconnect.call(this);
};

class Http2PerformanceEntry extends perf.PerformanceEntry {
  get [Symbol.toStringTag]() { return 'PerformanceEntry'; }
}

function observed() { return watching.size > 0; }
function now() { return perf.performance.now(); }

function emit(name, start, detail) {
  const entry = new Http2PerformanceEntry(name, 'http2', start, now() - start, detail);
  for (const obs of watching) obs._enqueue(entry);
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
  stream[kPerf] = { start: now(), firstHeader: 0, firstByte: 0, firstByteSent: 0 };
}
function streamEnd(session, stream, id) {
  const s = stream[kPerf];
  const p = session && session[kPerf];
  if (s === undefined) return;
  stream[kPerf] = undefined;
  const duration = now() - s.start;
  if (p !== undefined) { p.open--; p.durations += duration; }
  if (!observed()) return;
  // Per-stream byte counts are not measured yet (the engine keeps no per-stream totals).
  emit('Http2Stream', s.start, {
    bytesRead: 0, bytesWritten: 0, id,
    timeToFirstByte: s.firstByte ? s.firstByte - s.start : 0,
    timeToFirstByteSent: s.firstByteSent ? s.firstByteSent - s.start : 0,
    timeToFirstHeader: s.firstHeader ? s.firstHeader - s.start : 0,
  });
}
function streamMark(stream, what) {
  const s = stream[kPerf];
  if (s !== undefined && s[what] === 0) s[what] = now();
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
  // Frame counts are not measured yet (the engine keeps no frame totals): reported as 0.
  emit('Http2Session', p.start, {
    bytesRead: (socket && socket.bytesRead) || 0,
    bytesWritten: (socket && socket.bytesWritten) || 0,
    framesReceived: 0, framesSent: 0,
    maxConcurrentStreams: p.maxOpen, pingRTT: p.pingRTT,
    streamAverageDuration: p.count ? p.durations / p.count : 0,
    streamCount: p.count, type,
  });
}

module.exports = { sessionStart, sessionStream, streamEnd, streamMark, sessionPing, sessionEnd };
