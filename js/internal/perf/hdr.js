'use strict';
// The bucket arithmetic of HdrHistogram_c (the library Node's histograms wrap), in JS numbers.
// Values are integers <= 2**53 - 1, so plain doubles are exact. Counts are kept sparse (a Map
// from counts-index to count): with `figures: 5` the dense array would be millions of slots.
// Results (min/max/mean/stddev/percentiles and the percentile iterator's steps) are the C
// library's, so they match Node's to the last digit.

const kInt64Max = 9223372036854775807n;

function bitLength(v) {
  if (v < 4294967296) return 32 - Math.clz32(v);
  return 64 - Math.clz32(Math.floor(v / 4294967296));
}

class Hdr {
  constructor(lowest, highest, figures) {
    const largestSingleUnit = 2 * 10 ** figures;
    this.subBucketCountMagnitude = Math.ceil(Math.log2(largestSingleUnit));
    this.subBucketHalfCountMagnitude = Math.max(this.subBucketCountMagnitude, 1) - 1;
    this.unitMagnitude = Math.floor(Math.log2(lowest));
    this.subBucketCount = 2 ** this.subBucketCountMagnitude;
    this.subBucketHalfCount = this.subBucketCount / 2;
    // bitLength(sub_bucket_mask): the mask is (subBucketCount - 1) << unitMagnitude
    this.maskBits = this.subBucketCountMagnitude + this.unitMagnitude;
    let smallestUntrackable = this.subBucketCount * 2 ** this.unitMagnitude;
    let buckets = 1;
    while (smallestUntrackable <= highest) {
      if (smallestUntrackable > 2 ** 62) { buckets++; break; }
      smallestUntrackable *= 2;
      buckets++;
    }
    this.countsLen = (buckets + 1) * this.subBucketHalfCount;
    this.reset();
  }

  reset() {
    this.counts = new Map();
    this.sorted = null; // counts' keys in order, rebuilt after a new index appears
    this.total = 0;
    this.minValue = Infinity; // INT64_MAX in C
    this.maxValue = 0;
  }

  bucketIndex(v) {
    return Math.max(bitLength(v), this.maskBits) - this.unitMagnitude - (this.subBucketHalfCountMagnitude + 1);
  }

  subBucketIndex(v, b) { return Math.floor(v / 2 ** (b + this.unitMagnitude)); }

  countsIndex(v) {
    const b = this.bucketIndex(v);
    const s = this.subBucketIndex(v, b);
    return (b + 1) * 2 ** this.subBucketHalfCountMagnitude + (s - this.subBucketHalfCount);
  }

  valueAtIndex(index) {
    let b = Math.floor(index / 2 ** this.subBucketHalfCountMagnitude) - 1;
    let s = (index % this.subBucketHalfCount) + this.subBucketHalfCount;
    if (b < 0) { s -= this.subBucketHalfCount; b = 0; }
    return s * 2 ** (b + this.unitMagnitude);
  }

  rangeSize(v) {
    const b = this.bucketIndex(v);
    const s = this.subBucketIndex(v, b);
    return 2 ** (this.unitMagnitude + (s >= this.subBucketCount ? b + 1 : b));
  }

  lowestEquivalent(v) {
    const b = this.bucketIndex(v);
    return this.subBucketIndex(v, b) * 2 ** (b + this.unitMagnitude);
  }

  highestEquivalent(v) { return this.lowestEquivalent(v) + this.rangeSize(v) - 1; }

  medianEquivalent(v) { return this.lowestEquivalent(v) + Math.floor(this.rangeSize(v) / 2); }

  // hdr_record_values: false when the value is beyond the tracked range
  record(v, n = 1) {
    const i = this.countsIndex(v);
    if (i < 0 || i >= this.countsLen) return false;
    const c = this.counts.get(i);
    if (c === undefined) this.sorted = null;
    this.counts.set(i, (c || 0) + n);
    this.total += n;
    if (v !== 0 && v < this.minValue) this.minValue = v;
    if (v > this.maxValue) this.maxValue = v;
    return true;
  }

  // hdr_add: every recorded bucket of `other`, at its bucket value
  add(other) {
    let dropped = 0;
    for (const i of other.indexes()) {
      const v = other.valueAtIndex(i);
      const n = other.counts.get(i);
      if (!this.record(v, n)) dropped += n;
    }
    return dropped;
  }

  indexes() {
    if (this.sorted === null) this.sorted = [...this.counts.keys()].sort((a, b) => a - b);
    return this.sorted;
  }

  min() {
    if (this.counts.get(0) > 0) return 0;
    return this.minValue === Infinity ? Infinity : this.lowestEquivalent(this.minValue);
  }

  max() { return this.maxValue === 0 ? 0 : this.highestEquivalent(this.maxValue); }

  mean() {
    let total = 0;
    for (const i of this.indexes()) total += this.counts.get(i) * this.medianEquivalent(this.valueAtIndex(i));
    return total / this.total;
  }

  stddev() {
    const mean = this.mean();
    let dev2 = 0;
    for (const i of this.indexes()) {
      const dev = this.medianEquivalent(this.valueAtIndex(i)) - mean;
      dev2 += dev * dev * this.counts.get(i);
    }
    return Math.sqrt(dev2 / this.total);
  }

  // hdr_value_at_percentile
  valueAtPercentile(p) {
    const requested = p < 100 ? p : 100;
    let countAt = Math.floor((requested / 100) * this.total + 0.5);
    if (countAt < 1) countAt = 1;
    let cum = 0;
    let value = 0;
    for (const i of this.indexes()) {
      cum += this.counts.get(i);
      if (cum >= countAt) { value = this.valueAtIndex(i); break; }
    }
    return p === 0 ? this.lowestEquivalent(value) : this.highestEquivalent(value);
  }

  // hdr_iter_percentile_init(..., ticks_per_half_distance = 1) + hdr_iter_next, as Node walks it:
  // fn(percentile, iter.value) per step. Zero-count buckets never change the walk, so only
  // recorded indexes are visited.
  percentiles(fn) {
    const idx = this.indexes();
    let pos = -1;
    let cum = 0;
    let count = 0;
    let value = 0;
    let to = 0;
    const next = () => {
      if (!(cum < this.total) || pos + 1 >= idx.length) return false;
      pos++;
      count = this.counts.get(idx[pos]);
      cum += count;
      value = this.valueAtIndex(idx[pos]);
      return true;
    };
    for (;;) {
      if (!(cum < this.total)) { fn(100, value); return; }
      if (pos === -1 && !next()) return;
      let emitted = false;
      do {
        if (count !== 0 && to <= (100 * cum) / this.total) {
          fn(to, value);
          const half = 2 ** (Math.trunc(Math.log(100 / (100 - to)) / Math.log(2)) + 1);
          to += 100 / half;
          emitted = true;
          break;
        }
      } while (next());
      if (!emitted) { fn(100, value); return; }
    }
  }
}

module.exports = { Hdr, kInt64Max };
