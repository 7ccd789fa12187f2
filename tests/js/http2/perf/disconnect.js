// After disconnect() no more 'http2' entries are delivered; takeRecords() empties the queue.
const { PerformanceObserver } = require('perf_hooks');
const { exchange } = require('./_h');
let calls = 0;
const obs = new PerformanceObserver(() => { calls++; });
obs.observe({ entryTypes: ['http2'] });
exchange('1', '2', () => {
  console.log('first round callback ran', calls > 0);
  obs.disconnect();
  const before = calls;
  exchange('3', '4', () => {
    console.log('after disconnect', calls - before, obs.takeRecords().length);
  });
});
