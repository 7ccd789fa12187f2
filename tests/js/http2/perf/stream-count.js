// perf_hooks 'http2' via observe({ type }): three sequential streams give ids 1, 3, 5 and a
// streamCount of 3 on both sessions; a ping ack makes pingRTT a positive number.
const http2 = require('http2');
const { PerformanceObserver } = require('perf_hooks');
const seen = [];
const obs = new PerformanceObserver((items) => {
  for (const e of items.getEntries()) {
    if (e.name === 'Http2Stream') seen.push(`stream ${e.detail.id} ${e.duration >= 0}`);
    else seen.push(`session ${e.detail.type} ${e.detail.streamCount} ${e.detail.maxConcurrentStreams >= 1} ` +
                   `${e.detail.type === 'client' ? e.detail.pingRTT > 0 : ''} ${e.detail.streamAverageDuration >= 0}`);
  }
});
obs.observe({ type: 'http2' });
const server = http2.createServer();
server.on('stream', (stream) => { stream.respond({ ':status': 200 }); stream.end('ok'); });
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  let n = 0;
  const next = () => {
    if (n++ === 3) {
      client.ping((err) => {
        console.log('ping', err);
        client.close(() => server.close(() => setTimeout(() => {
          console.log(seen.sort().join('\n'));
          obs.disconnect();
        }, 50)));
      });
      return;
    }
    const req = client.request({ ':path': '/' });
    req.resume();
    req.on('close', next);
  };
  next();
});
