// Http2Session entries: detail key order, type, streamCount and maxConcurrentStreams over 3 streams.
const { PerformanceObserver, PerformanceEntry } = require('perf_hooks');
const { exchange } = require('./_h');
const lines = [];
const obs = new PerformanceObserver((list, observer) => {
  if (observer !== obs) console.log('observer arg differs');
  for (const e of list.getEntries()) {
    if (e.name !== 'Http2Session') continue;
    const d = e.detail;
    lines.push(`${d.type} streams=${d.streamCount} max=${d.maxConcurrentStreams} ping=${d.pingRTT} ` +
      `avg=${typeof d.streamAverageDuration} keys=${Object.keys(d).join(',')} ` +
      `${e instanceof PerformanceEntry} ${Object.prototype.toString.call(e)} ${e.entryType}`);
  }
});
obs.observe({ entryTypes: ['http2'] });
exchange('a', 'b', () => {
  console.log(lines.sort().join('\n'));
  obs.disconnect();
}, 3);
