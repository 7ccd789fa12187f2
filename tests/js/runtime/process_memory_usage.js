// process.memoryUsage(): real heap figures (relations only), memoryUsage.rss()
const m = process.memoryUsage(); console.log(Object.keys(m), Object.values(m).every(Number.isInteger));
console.log(m.heapUsed > 0, m.heapUsed <= m.heapTotal, m.heapTotal < m.rss, m.rss > 1e6, typeof process.memoryUsage.rss(), process.memoryUsage.rss() > 1e6);
const keep = []; for (let i = 0; i < 200000; i++) keep.push({ i, s: 'x' + i });
const m2 = process.memoryUsage(); console.log(m2.heapUsed > m.heapUsed, keep.length);
