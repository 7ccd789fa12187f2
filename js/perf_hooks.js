'use strict';
// `perf_hooks`: performance (now, timeOrigin, marks, measures), PerformanceObserver.

const binding = internalBinding('process');

const kOrigin = binding.hrtime() / 1e6 - binding.uptime() * 1000; // ms on the hrtime clock
const timeOrigin = Date.now() - binding.uptime() * 1000;

function now() {
  return binding.hrtime() / 1e6 - kOrigin;
}

class PerformanceEntry {
  #name; #type; #start; #duration; #detail;
  constructor(name, type, start, duration, detail) {
    if (arguments.length === 0 || new.target === PerformanceEntry) {
      const e = new TypeError('Illegal constructor');
      e.code = 'ERR_ILLEGAL_CONSTRUCTOR';
      throw e;
    }
    this.#name = name;
    this.#type = type;
    this.#start = start;
    this.#duration = duration;
    this.#detail = detail;
  }
  get name() { return this.#name; }
  get entryType() { return this.#type; }
  get startTime() { return this.#start; }
  get duration() { return this.#duration; }
  get detail() { return this.#detail; }
  toJSON() {
    return { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration, detail: this.detail };
  }
}

class PerformanceMark extends PerformanceEntry {
  constructor(name, options = {}) {
    const start = options && options.startTime !== undefined ? options.startTime : now();
    const detail = options && options.detail !== undefined ? structuredClone(options.detail) : null;
    super(`${name}`, 'mark', start, 0, detail);
  }
  get [Symbol.toStringTag]() { return 'PerformanceMark'; }
}

class PerformanceMeasure extends PerformanceEntry {
  get [Symbol.toStringTag]() { return 'PerformanceMeasure'; }
}

// Entries of Node's own types ('function', 'gc', 'http2'…): no toStringTag, as in Node
class PerformanceNodeEntry extends PerformanceEntry {}

let perfBinding;
function perf() { return perfBinding || (perfBinding = internalBinding('perf')); }

// nodeTiming.loopStart (ms on performance.now()'s clock), -1 until the event loop started
function loopStart() {
  const ns = perf().loopStart();
  return ns < 0 ? -1 : ns / 1e6 - kOrigin;
}

// Node's eventLoopUtilization (lib/internal/perf/event_loop_utilization.js)
function eventLoopUtilization(util1, util2) {
  const ls = loopStart();
  if (ls <= 0) return { idle: 0, active: 0, utilization: 0 };
  if (util2) {
    const idle = util1.idle - util2.idle;
    const active = util1.active - util2.active;
    return { idle, active, utilization: active / (idle + active) };
  }
  const idle = perf().idleTime();
  const active = now() - ls - idle;
  if (!util1) return { idle, active, utilization: active / (idle + active) };
  const idleDelta = idle - util1.idle;
  const activeDelta = active - util1.active;
  return { idle: idleDelta, active: activeDelta, utilization: activeDelta / (idleDelta + activeDelta) };
}

function isConstructor(fn) {
  try {
    Reflect.construct(String, [], fn);
    return true;
  } catch {
    return false;
  }
}

// Node's timerify (lib/internal/perf/timerify.js): a 'function' entry per call, with the
// arguments as `detail` and as indexed properties; async results are timed to settlement.
function timerify(fn, options = {}) {
  const { validateFunction, validateObject } = require('internal/validators');
  validateFunction(fn, 'fn');
  validateObject(options, 'options');
  const { histogram } = options;
  const { RecordableHistogram } = require('internal/perf/histogram');
  if (histogram !== undefined && !(histogram instanceof RecordableHistogram)) {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('options.histogram', 'RecordableHistogram', histogram);
  }
  const constructor = isConstructor(fn);
  function complete(name, start, args) {
    const duration = now() - start;
    if (histogram !== undefined) histogram.record(Math.ceil(duration * 1e6));
    const entry = new PerformanceNodeEntry(name, 'function', start, duration, args);
    for (let n = 0; n < args.length; n++) entry[n] = args[n];
    enqueue(entry);
  }
  function timerified(...args) {
    const start = now();
    const result = new.target !== undefined ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
    if (!constructor && typeof result?.finally === 'function') {
      return result.finally(() => complete(fn.name, start, args));
    }
    complete(fn.name, start, args);
    return result;
  }
  Object.defineProperties(timerified, {
    length: { __proto__: null, configurable: false, enumerable: true, value: fn.length },
    name: { __proto__: null, configurable: false, enumerable: true, value: `timerified ${fn.name}` },
  });
  return timerified;
}

const buffers = { mark: [], measure: [] };
const observers = new Set();

function enqueue(entry) {
  for (const obs of observers) obs._enqueue(entry);
}

function findMark(name) {
  const list = buffers.mark;
  for (let i = list.length - 1; i >= 0; i--) if (list[i].name === name) return list[i].startTime;
  const { codes } = require('internal/errors');
  const E = codes.ERR_INVALID_PERFORMANCE_MARK;
  if (E) throw new E(name);
  const DOMException = globalThis.DOMException;
  throw new DOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
}

function toTime(v) {
  return typeof v === 'number' ? v : findMark(v);
}

const performance = {
  now,
  timeOrigin,
  mark(name, options) {
    const m = new PerformanceMark(name, options);
    buffers.mark.push(m);
    enqueue(m);
    return m;
  },
  measure(name, startOrOptions, endMark) {
    let start = 0;
    let end;
    let detail = null;
    if (startOrOptions !== null && typeof startOrOptions === 'object') {
      if (startOrOptions.start !== undefined) start = toTime(startOrOptions.start);
      if (startOrOptions.end !== undefined) end = toTime(startOrOptions.end);
      else if (startOrOptions.duration !== undefined) end = start + startOrOptions.duration;
      if (startOrOptions.detail !== undefined) detail = structuredClone(startOrOptions.detail);
    } else if (startOrOptions !== undefined) {
      start = toTime(startOrOptions);
    }
    if (endMark !== undefined) end = toTime(endMark);
    if (end === undefined) end = now();
    const m = new PerformanceMeasure(`${name}`, 'measure', start, end - start, detail);
    buffers.measure.push(m);
    enqueue(m);
    return m;
  },
  clearMarks(name) {
    buffers.mark = name === undefined ? [] : buffers.mark.filter((m) => m.name !== name);
  },
  clearMeasures(name) {
    buffers.measure = name === undefined ? [] : buffers.measure.filter((m) => m.name !== name);
  },
  clearResourceTimings() {},
  getEntries() {
    return [...buffers.mark, ...buffers.measure].sort((a, b) => a.startTime - b.startTime);
  },
  getEntriesByName(name, type) {
    return performance.getEntries().filter((e) => e.name === name && (type === undefined || e.entryType === type));
  },
  getEntriesByType(type) {
    return (buffers[type] || []).slice();
  },
  timerify,
  eventLoopUtilization,
  get nodeTiming() {
    return {
      name: 'node', entryType: 'node', startTime: 0, duration: now(),
      loopStart: loopStart(), idleTime: loopStart() > 0 ? perf().idleTime() : 0,
    };
  },
  toJSON() {
    return { nodeTiming: this.nodeTiming, timeOrigin, eventLoopUtilization: this.eventLoopUtilization() };
  },
  get [Symbol.toStringTag]() { return 'Performance'; },
};

class PerformanceObserverEntryList {
  #entries;
  constructor(entries) { this.#entries = entries; }
  getEntries() { return this.#entries.slice(); }
  getEntriesByType(type) { return this.#entries.filter((e) => e.entryType === type); }
  getEntriesByName(name, type) {
    return this.#entries.filter((e) => e.name === name && (type === undefined || e.entryType === type));
  }
}

let observesType;  // (observer, type) -> bool, reads the private field for hasObserver()

class PerformanceObserver {
  #callback; #types = new Set(); #pending = []; #scheduled = false;
  static { observesType = (obs, type) => obs.#types.has(type); }
  constructor(callback) {
    const { validateFunction } = require('internal/validators');
    validateFunction(callback, 'callback');
    this.#callback = callback;
  }
  static get supportedEntryTypes() { return ['function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'resource']; }
  observe(options = {}) {
    const types = options.entryTypes || (options.type ? [options.type] : []);
    for (const t of types) this.#types.add(t);
    observers.add(this);
    if (options.buffered) for (const t of types) for (const e of buffers[t] || []) this._enqueue(e);
  }
  disconnect() {
    observers.delete(this);
    this.#pending = [];
  }
  takeRecords() {
    const list = this.#pending;
    this.#pending = [];
    return list;
  }
  _enqueue(entry) {
    if (!this.#types.has(entry.entryType)) return;
    this.#pending.push(entry);
    if (!this.#scheduled) {
      this.#scheduled = true;
      setImmediate(() => {
        this.#scheduled = false;
        const list = this.takeRecords().sort((a, b) => a.startTime - b.startTime);
        if (list.length) this.#callback(new PerformanceObserverEntryList(list), this);
      }).unref();
    }
  }
}

// For other built-ins (http2's perf entries): is anyone watching `type`?
function hasObserver(type) {
  for (const obs of observers) if (observesType(obs, type)) return true;
  return false;
}

function monitorEventLoopDelay(options) {
  return require('internal/perf/histogram').monitorEventLoopDelay(options);
}

function createHistogram(options) {
  return require('internal/perf/histogram').createHistogram(options);
}

module.exports = {
  performance, PerformanceObserver, PerformanceEntry, PerformanceMark, PerformanceMeasure,
  PerformanceObserverEntryList, monitorEventLoopDelay, createHistogram,
  constants: {
    NODE_PERFORMANCE_GC_MAJOR: 4, NODE_PERFORMANCE_GC_MINOR: 1, NODE_PERFORMANCE_GC_INCREMENTAL: 8,
    NODE_PERFORMANCE_GC_WEAKCB: 16, NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
  },
};

// Not part of Node's export list (a non-enumerable symbol key): the hooks other built-ins use.
Object.defineProperty(module.exports, Symbol.for('nodecompat.perf_hooks.internal'), {
  __proto__: null, value: { enqueue, hasObserver },
});
