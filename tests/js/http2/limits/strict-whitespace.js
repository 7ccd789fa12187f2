// strictFieldWhitespaceValidation (v20): option accepted on createServer/connect in both values;
// a header value with surrounding spaces reaches the server (trimmed or rejected per Node).
const http2 = require('http2');
const server = http2.createServer({ strictFieldWhitespaceValidation: false });
server.on('stream', (stream, headers) => {
  console.log('server got', JSON.stringify(headers['x-pad']));
  stream.respond();
  stream.end();
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`, { strictFieldWhitespaceValidation: true });
  const req = client.request({ 'x-pad': 'value' });
  req.resume();
  req.on('close', () => { console.log('close', req.rstCode); client.close(); server.close(); });
});
