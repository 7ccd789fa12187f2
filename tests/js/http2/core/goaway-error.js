// A GOAWAY with an error code destroys the receiving session with ERR_HTTP2_SESSION_ERROR.
const http2 = require('http2');
const { NGHTTP2_ENHANCE_YOUR_CALM } = http2.constants;
const server = http2.createServer();
server.on('session', (s) => {
  s.on('error', () => {});
  s.on('connect', () => s.goaway(NGHTTP2_ENHANCE_YOUR_CALM));
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('goaway', (code) => console.log('goaway', code));
  client.on('error', (e) => console.log('client error', e.code, e.message));
  client.on('close', () => {
    console.log('client close', client.destroyed);
    server.close();
  });
});
