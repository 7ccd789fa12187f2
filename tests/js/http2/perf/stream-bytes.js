// Http2Stream entries: bytesRead/bytesWritten are the DATA payload bytes of each side's stream.
const { PerformanceObserver } = require('perf_hooks');
const { exchange } = require('./_h');
const lines = [];
const obs = new PerformanceObserver((list) => {
  for (const e of list.getEntriesByName('Http2Stream')) lines.push(`id=${e.detail.id} read=${e.detail.bytesRead} written=${e.detail.bytesWritten}`);
});
obs.observe({ type: 'http2' });
exchange('q'.repeat(1234), 'r'.repeat(4321), () => {
  console.log(lines.sort().join('\n'));
  obs.disconnect();
});
