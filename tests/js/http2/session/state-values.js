// session.state values that do not depend on timing, before and after one request; stream.state
// fields that do not depend on when the peer's END_STREAM is processed.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream) => {
  console.log('server stream weight', stream.state.weight);
  stream.respond();
  stream.end('x');
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('connect', () => {
    const s = client.state;
    console.log('before', s.nextStreamID, s.lastProcStreamID, s.outboundQueueSize >= 0,
      s.effectiveLocalWindowSize, s.remoteWindowSize);
    const req = client.request();
    req.on('response', () => console.log('client stream localClose', req.state.localClose));
    req.resume();
    req.on('close', () => {
      console.log('after', client.state.nextStreamID, JSON.stringify(req.state));
      client.close();
      server.close();
    });
  });
});
