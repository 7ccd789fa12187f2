// Writing to a client stream after end(): the callback and 'error' get ERR_STREAM_WRITE_AFTER_END;
// end() twice is harmless; the server still gets the body.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream) => {
  let body = '';
  stream.setEncoding('utf8');
  stream.on('data', (d) => { body += d; });
  stream.on('end', () => { stream.respond(); stream.end(body); });
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({ ':method': 'POST' });
  req.on('error', (e) => console.log('error event', e.code, e.message));
  req.end('abc');
  req.end();
  req.write('more', (err) => console.log('write cb', err && err.code));
  req.setEncoding('utf8');
  req.on('data', (d) => console.log('echo', d));
  req.on('close', () => { client.close(); server.close(); });
});
