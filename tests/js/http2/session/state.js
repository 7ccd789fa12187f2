// session.state and stream.state shapes; setLocalWindowSize.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream) => {
  const st = stream.state;
  console.log('stream state keys', Object.keys(st).join(','));
  console.log('stream weight', st.weight, typeof st.localWindowSize);
  stream.respond({ ':status': 200 });
  stream.end();
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('connect', () => {
    const st = client.state;
    console.log('session state keys', Object.keys(st).join(','));
    client.setLocalWindowSize(1024 * 1024);
    const req = client.request({ ':path': '/' });
    req.resume();
    req.on('close', () => {
      console.log('typeof localWindowSize', typeof client.state.localWindowSize);
      client.close();
      server.close();
    });
  });
});
