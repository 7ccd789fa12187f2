// A client cancels its request: the server stream sees 'aborted', then 'close' with rstCode.
const http2 = require('http2');
const { NGHTTP2_CANCEL } = http2.constants;
const server = http2.createServer();
server.on('stream', (stream) => {
  stream.on('aborted', () => console.log('server aborted'));
  stream.on('error', (e) => console.log('server error', e.code));
  stream.on('close', () => {
    console.log('server close rstCode', stream.rstCode, 'aborted', stream.aborted);
    server.close();
  });
  stream.respond({ ':status': 200 });
  stream.write('partial');
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({ ':path': '/' });
  req.on('data', () => {
    req.close(NGHTTP2_CANCEL);
  });
  req.on('close', () => {
    console.log('client close rstCode', req.rstCode, 'destroyed', req.destroyed);
    client.close();
  });
});
