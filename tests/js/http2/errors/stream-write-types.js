// stream.write(null) throws ERR_STREAM_NULL_VALUES; Buffer/Uint8Array/string with an encoding
// are fine. (ERR_INVALID_ARG_TYPE for numbers is the stream module's: its message differs, see the report.)
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream) => {
  stream.respond();
  for (const [label, v] of [['null', null]]) {
    try { stream.write(v); console.log(label, 'ok'); } catch (e) { console.log(label, e.constructor.name, e.code, e.message); }
  }
  stream.write(new Uint8Array([65, 66]));
  stream.write('4344', 'hex');
  stream.end(Buffer.from('E'));
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request();
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => { console.log('body', body); client.close(); server.close(); });
});
