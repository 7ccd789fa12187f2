'use strict';
// Node's Histogram / RecordableHistogram / ELDHistogram (lib/internal/histogram.js), over the
// HdrHistogram arithmetic in ./hdr.js instead of a C++ handle.

const { Hdr, kInt64Max } = require('internal/perf/hdr');
const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateInteger, validateNumber, validateObject } = require('internal/validators');

const binding = internalBinding('process');
const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kHandle = Symbol('kHandle');
const kMap = Symbol('kMap');

// Node's percentiles map is its primordials' SafeMap, and inspect shows that name
class SafeMap extends Map {}

// The state Node keeps in C++ next to the hdr_histogram: its own count/exceeds, recordDelta's clock.
class Handle {
  constructor(lowest, highest, figures) {
    this.hdr = new Hdr(Number(lowest), Number(highest), figures);
    this.count = 0;
    this.exceeds = 0;
    this.prevDelta = 0;
  }
  record(v) {
    if (this.hdr.record(Number(v))) this.count++;
    else this.exceeds++;
  }
  recordDelta() {
    const now = binding.hrtime();  // ns
    let delta = 0;
    if (this.prevDelta > 0) {
      delta = now - this.prevDelta;
      if (delta > 0) this.record(delta);
    }
    this.prevDelta = now;
    return delta;
  }
  reset() {
    this.hdr.reset();
    this.count = 0;
    this.exceeds = 0;
    this.prevDelta = 0;
  }
}

function isHistogram(o) { return o != null && o[kHandle] !== undefined; }
function handleOf(o) {
  if (!isHistogram(o)) throw new ERR_INVALID_THIS('Histogram');
  return o[kHandle];
}
function minOf(h) { const m = h.hdr.min(); return m === Infinity ? Number(kInt64Max) : m; }

class Histogram {
  constructor() { throw new ERR_ILLEGAL_CONSTRUCTOR(); }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const { inspect } = require('util');
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Histogram ${inspect({
      min: this.min, max: this.max, mean: this.mean, exceeds: this.exceeds,
      stddev: this.stddev, count: this.count, percentiles: this.percentiles,
    }, opts)}`;
  }

  get count() { return handleOf(this).count; }
  get countBigInt() { return BigInt(handleOf(this).count); }
  get min() { return minOf(handleOf(this)); }
  get minBigInt() { const m = handleOf(this).hdr.min(); return m === Infinity ? kInt64Max : BigInt(m); }
  get max() { return handleOf(this).hdr.max(); }
  get maxBigInt() { return BigInt(handleOf(this).hdr.max()); }
  get mean() { return handleOf(this).hdr.mean(); }
  get exceeds() { return handleOf(this).exceeds; }
  get exceedsBigInt() { return BigInt(handleOf(this).exceeds); }
  get stddev() { return handleOf(this).hdr.stddev(); }

  percentile(percentile) {
    const h = handleOf(this);
    validateNumber(percentile, 'percentile');
    if (Number.isNaN(percentile) || percentile <= 0 || percentile > 100) {
      throw new ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', percentile);
    }
    return h.hdr.valueAtPercentile(percentile);
  }

  percentileBigInt(percentile) { return BigInt(this.percentile(percentile)); }

  get percentiles() {
    const h = handleOf(this);
    const map = this[kMap];
    map.clear();
    h.hdr.percentiles((p, v) => map.set(p, v));
    return map;
  }

  get percentilesBigInt() {
    const h = handleOf(this);
    const map = this[kMap];
    map.clear();
    h.hdr.percentiles((p, v) => map.set(p, BigInt(v)));
    return map;
  }

  reset() { handleOf(this).reset(); }

  toJSON() {
    return {
      count: this.count, min: this.min, max: this.max, mean: this.mean, exceeds: this.exceeds,
      stddev: this.stddev, percentiles: Object.fromEntries(this.percentiles.entries()),
    };
  }
}

class RecordableHistogram extends Histogram {
  constructor() { super(); }

  record(val) {
    const h = handleOf(this);
    if (typeof val === 'bigint') {
      if (val < 1n || val > BigInt(Number.MAX_SAFE_INTEGER)) {
        throw new ERR_OUT_OF_RANGE('val', `>= 1 && <= ${Number.MAX_SAFE_INTEGER}`, val);
      }
      h.record(Number(val));
      return;
    }
    validateInteger(val, 'val', 1);
    h.record(val);
  }

  recordDelta() { handleOf(this).recordDelta(); }

  add(other) {
    const h = handleOf(this);
    if (!isHistogram(other)) throw new ERR_INVALID_ARG_TYPE('other', 'RecordableHistogram', other);
    const o = other[kHandle];
    h.exceeds += h.hdr.add(o.hdr) + o.exceeds;
    h.count += o.count;
  }
}

function make(Ctor, handle) {
  const obj = Object.create(Ctor.prototype);
  obj[kHandle] = handle;
  obj[kMap] = new SafeMap();
  return obj;
}

function createHistogram(options = {}) {
  validateObject(options, 'options');
  const { lowest = 1, highest = Number.MAX_SAFE_INTEGER, figures = 3 } = options;
  if (typeof lowest !== 'bigint') validateInteger(lowest, 'options.lowest', 1, Number.MAX_SAFE_INTEGER);
  if (typeof highest !== 'bigint') {
    validateInteger(highest, 'options.highest', 2 * Number(lowest), Number.MAX_SAFE_INTEGER);
  } else if (highest < 2n * BigInt(lowest)) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('options.highest', highest);
  }
  validateInteger(figures, 'options.figures', 1, 5);
  return make(RecordableHistogram, new Handle(lowest, highest, figures));
}

// monitorEventLoopDelay: an unref'ed repeating timer that records the time between its runs (ns),
// as Node's ELDHistogram records uv_timer lateness through RecordDelta.
const kTimer = Symbol('kTimer');
const kResolution = Symbol('kResolution');

class ELDHistogram extends Histogram {
  constructor() { super(); }

  enable() {
    const h = handleOf(this);
    if (this[kTimer]) return false;
    h.prevDelta = 0;
    h.recordDelta();  // the baseline: Node's first run already records (3 runs in 180 ms at 50 ms)
    const t = setInterval(() => h.recordDelta(), this[kResolution]);
    t.unref();
    this[kTimer] = t;
    return true;
  }

  disable() {
    handleOf(this);
    if (!this[kTimer]) return false;
    clearInterval(this[kTimer]);
    this[kTimer] = null;
    return true;
  }
}

function monitorEventLoopDelay(options = {}) {
  validateObject(options, 'options');
  const { resolution = 10 } = options;
  validateInteger(resolution, 'options.resolution', 1);
  const eld = make(ELDHistogram, new Handle(1, Number.MAX_SAFE_INTEGER, 3));
  eld[kResolution] = resolution;
  eld[kTimer] = null;
  return eld;
}

module.exports = { Histogram, RecordableHistogram, ELDHistogram, createHistogram, monitorEventLoopDelay };
