// respond(headers, { endStream: true }): headers-only response; writing after it fails with
// ERR_STREAM_WRITE_AFTER_END; the client gets 'response' then 'end' with no data.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream) => {
  stream.respond({ ':status': 200, 'x-a': 'b' }, { endStream: true });
  console.log('server', stream.headersSent, stream.writable, stream.writableEnded);
  stream.write('x', (err) => console.log('write cb', err && err.code));
  stream.on('error', (e) => console.log('server error', e.code));
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request();
  req.on('response', (h) => console.log('response', h[':status'], h['x-a']));
  req.on('data', () => console.log('unexpected data'));
  req.on('end', () => console.log('end'));
  req.on('close', () => { client.close(); server.close(); });
});
