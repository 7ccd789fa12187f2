// for await over an http2 response stream destroyed with an error (by the client, and by a
// server RST_STREAM before any data): the loop's catch gets it, nothing is reported as unhandled
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream, headers) => {
  stream.on('error', (e) => console.log('server stream error', e.code));
  if (headers[':path'] === '/reset') {
    stream.close(http2.constants.NGHTTP2_REFUSED_STREAM);
    return;
  }
  stream.respond({ ':status': 200 });
  stream.write('partial');
});
async function read(client, path, destroyWith) {
  const req = client.request({ ':path': path });
  req.on('error', (e) => console.log(path, 'error event', e.code || e.message));
  try {
    for await (const chunk of req) {
      console.log(path, 'chunk', String(chunk));
      if (destroyWith) req.destroy(destroyWith);
    }
    console.log(path, 'ended');
  } catch (e) {
    console.log(path, 'caught', e.code, e.message);
  }
}
server.listen(0, '127.0.0.1', async () => {
  const client = http2.connect(`http://127.0.0.1:${server.address().port}`);
  await read(client, '/data', new Error('client gave up'));
  await read(client, '/reset');
  client.close();
  server.close();
});
process.on('unhandledRejection', (r) => console.log('unhandledRejection', r));
process.on('exit', (c) => console.log('exit', c));
