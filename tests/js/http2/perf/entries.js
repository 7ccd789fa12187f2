// perf_hooks 'http2' entries: one Http2Stream per stream and one Http2Session per session, with
// Node's detail fields (values that depend on timing or HPACK are printed as types only).
const http2 = require('http2');
const { PerformanceObserver } = require('perf_hooks');
const seen = [];
const obs = new PerformanceObserver((items) => {
  for (const e of items.getEntries()) {
    seen.push(`${e.name} ${e.entryType} ${typeof e.startTime} ${typeof e.duration} ` +
              `${e.detail.type || ''} ${e.detail.id || ''} ${e.detail.streamCount === undefined ? '' : e.detail.streamCount} ` +
              Object.keys(e.detail).sort().join(','));
  }
});
obs.observe({ entryTypes: ['http2'] });
const server = http2.createServer();
server.on('stream', (stream) => { stream.respond({ ':status': 200 }); stream.end('ok'); });
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({ ':path': '/' });
  req.resume();
  req.on('end', () => {
    client.close(() => server.close(() => setTimeout(() => {
      console.log(seen.sort().join('\n'));
      obs.disconnect();
    }, 50)));
  });
});
