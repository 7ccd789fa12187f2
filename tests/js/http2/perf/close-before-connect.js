// A client session closed before it connected (a ping cancelled with ERR_HTTP2_PING_CANCEL) leaves
// no Http2Session entry of its own; the server's session still reports one.
const { PerformanceObserver } = require('perf_hooks');
const http2 = require('http2');
const lines = [];
const obs = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) lines.push(`${e.name} ${e.detail.type} streams=${e.detail.streamCount}`);
});
obs.observe({ entryTypes: ['http2'] });
const server = http2.createServer();
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.ping((err) => {
    console.log('ping', err && err.code);
    client.close(() => server.close(() => setTimeout(() => { console.log(lines.sort().join('\n')); obs.disconnect(); }, 50)));
  });
});
