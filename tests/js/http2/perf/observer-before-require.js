// An observer that starts watching 'http2' before http2 is required still receives its entries;
// one that watches only 'mark' gets none of them.
const { PerformanceObserver, performance } = require('perf_hooks');
const got = { http2: 0, mark: 0 };
const a = new PerformanceObserver((list) => { got.http2 += list.getEntriesByType('http2').length; });
a.observe({ entryTypes: ['http2'] });
const b = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) got[e.entryType === 'mark' ? 'mark' : 'http2'] += 0;
  got.mark += list.getEntriesByType('mark').length + list.getEntriesByType('http2').length * 100;
});
b.observe({ entryTypes: ['mark'] });
const { exchange } = require('./_h');
performance.mark('m1');
exchange('x', 'y', () => {
  console.log(got);
  a.disconnect();
  b.disconnect();
});
