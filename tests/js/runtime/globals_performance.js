const { performance: perf, PerformanceObserver } = require('perf_hooks');
console.log(perf === performance, typeof performance.timeOrigin);
let last = performance.now();
let mono = true;
for (let i = 0; i < 1000; i++) { const n = performance.now(); if (n < last) mono = false; last = n; }
console.log('monotonic', mono, last > 0);
const obs = new PerformanceObserver((list) => {
  console.log('observed', list.getEntries().map((e) => `${e.entryType}:${e.name}`).join(','));
  obs.disconnect();
});
obs.observe({ entryTypes: ['mark', 'measure'] });
performance.mark('a');
performance.mark('b');
const m = performance.measure('a-to-b', 'a', 'b');
console.log(m.name, m.entryType, m.duration >= 0);
console.log(performance.getEntriesByType('mark').length);
