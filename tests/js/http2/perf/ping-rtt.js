// The Http2Session entry's pingRTT is the last ping's round trip (a positive number) after ping().
const { PerformanceObserver } = require('perf_hooks');
const http2 = require('http2');
const lines = [];
const obs = new PerformanceObserver((list) => {
  for (const e of list.getEntriesByName('Http2Session')) lines.push(`${e.detail.type} ping>0=${e.detail.pingRTT > 0} streams=${e.detail.streamCount}`);
});
obs.observe({ entryTypes: ['http2'] });
const server = http2.createServer();
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('connect', () => client.ping((err, ms) => {
    console.log('ping', err, ms > 0);
    client.close(() => server.close(() => setTimeout(() => { console.log(lines.sort().join('\n')); obs.disconnect(); }, 50)));
  }));
});
