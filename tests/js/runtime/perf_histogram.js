// createHistogram(): HdrHistogram values (min/max/mean/stddev/percentiles map, percentile()), add, reset, errors
const { createHistogram, monitorEventLoopDelay, performance, PerformanceObserver } = require('perf_hooks');
const h = createHistogram();
console.log(h);
console.log(h.min, h.max, h.mean, h.stddev, h.count, h.exceeds, h.percentiles, h.minBigInt, h.percentile(50));
for (const v of [1, 2, 3, 5, 100, 2047, 2048, 2049, 5000, 12345, 1e6, 10002432, 123456789]) h.record(v);
console.log(h);
console.log(h.percentile(1), h.percentile(50), h.percentile(99), h.percentile(100), h.percentileBigInt(90));
const h2 = createHistogram(); h2.record(7n); h2.record(7); h2.record(9); h.add(h2); console.log(h.count, h.min, h.max, h.percentiles);
h.reset(); console.log(h);
for (const bad of [0, -1, 1.5, 'x', 2**53, NaN]) { try { h.record(bad); console.log('ok', bad) } catch (e) { console.log(e.name, e.code, e.message) } }
for (const bad of [0, -1, 101, 'x', NaN]) { try { h.percentile(bad); console.log('ok', bad) } catch (e) { console.log(e.name, e.code, e.message) } }
const e = monitorEventLoopDelay({ resolution: 20 }); console.log(e, Object.getPrototypeOf(e).constructor.name, Object.getPrototypeOf(h).constructor.name);
try { monitorEventLoopDelay({resolution: 0}) } catch (e) { console.log(e.name, e.code, e.message) }
try { createHistogram({lowest: 0}) } catch (e) { console.log(e.name, e.code, e.message) }
try { createHistogram({figures: 6}) } catch (e) { console.log(e.name, e.code, e.message) }
console.log(e.enable(), e.enable(), e.disable(), e.disable());
console.log(JSON.stringify(h.toJSON ? h.toJSON() : null));
console.log(typeof h.recordDelta, h.count);
h.recordDelta(); h.recordDelta(); console.log(h.count);
const h3 = createHistogram({lowest: 1, highest: 100, figures: 1}); h3.record(50); h3.record(1000); console.log(h3);
