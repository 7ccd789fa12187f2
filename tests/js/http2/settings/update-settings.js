// server.updateSettings(): sessions created afterwards announce the new values; bad input throws.
const http2 = require('http2');
const server = http2.createServer({ settings: { maxConcurrentStreams: 50 } });
try { server.updateSettings('x'); } catch (e) { console.log(e.code, e.message); }
try { server.updateSettings({ maxFrameSize: 1 }); } catch (e) { console.log(e.code, e.message); }
server.updateSettings({ maxConcurrentStreams: 9, initialWindowSize: 12345 });
server.on('stream', (stream) => { stream.respond(); stream.end(); });
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('remoteSettings', (s) => {
    console.log('client sees', s.maxConcurrentStreams, s.initialWindowSize);
    client.close(() => server.close());
  });
});
