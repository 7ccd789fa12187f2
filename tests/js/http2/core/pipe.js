// Piping a response into a Writable and a Readable into a request.
const http2 = require('http2');
const { Readable, Writable } = require('stream');
const server = http2.createServer();
server.on('stream', (stream) => {
  stream.respond({ ':status': 200 });
  Readable.from(['x', 'y', 'z']).pipe(stream);
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({ ':path': '/' });
  const seen = [];
  req.pipe(new Writable({
    write(chunk, enc, cb) { seen.push(chunk.toString()); cb(); },
    final(cb) {
      console.log('piped', seen.join(''));
      client.close();
      server.close();
      cb();
    },
  }));
});
