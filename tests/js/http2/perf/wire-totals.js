// Http2Session entries carry the connection's wire totals: bytes and frames both ways are counted
// (> 0), and what the client wrote is what the server read. (Exact frame counts differ by framing.)
const { PerformanceObserver } = require('perf_hooks');
const { exchange } = require('./_h');
const seen = {};
const obs = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    if (e.name === 'Http2Session') seen[e.detail.type] = e.detail;
  }
});
obs.observe({ entryTypes: ['http2'] });
exchange('hello', 'world', () => {
  for (const type of ['client', 'server']) {
    const d = seen[type];
    console.log(type, ['bytesRead', 'bytesWritten', 'framesReceived', 'framesSent']
      .map((k) => `${k}=${typeof d[k]} ${d[k] > 0}`).join(' '));
  }
  console.log('client written = server read:', seen.client.bytesWritten === seen.server.bytesRead);
  console.log('server frames received >= 7:', seen.server.framesReceived >= 7);
  obs.disconnect();
}, 3);
