// request(headers, { signal }): aborting destroys the stream with an AbortError; an already
// aborted signal fails the request at once.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream) => {
  stream.on('error', () => {});
  stream.respond();
  stream.write('first');
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const pre = client.request({}, { signal: AbortSignal.abort() });
  pre.on('error', (e) => console.log('pre error', e.name, e.code, e.message));
  pre.on('close', () => console.log('pre close', pre.rstCode, pre.aborted));
  const ac = new AbortController();
  const req = client.request({}, { signal: ac.signal });
  req.on('data', () => ac.abort());
  req.on('error', (e) => console.log('req error', e.name, e.code, e.message));
  req.on('close', () => {
    console.log('req close', req.rstCode, req.destroyed);
    client.destroy();
    server.close();
  });
});
