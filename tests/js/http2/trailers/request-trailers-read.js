// Trailers both ways: the client sends trailers after its body, the server reads the body and
// replies with its own trailers; event order on each side.
const http2 = require('http2');
const server = http2.createServer();
const slog = [];
server.on('stream', (stream) => {
  stream.on('data', (d) => slog.push('data ' + d));
  stream.on('trailers', (t) => slog.push('trailers ' + t['x-req']));
  stream.on('end', () => {
    slog.push('end');
    stream.respond({ ':status': 200 }, { waitForTrailers: true });
    stream.on('wantTrailers', () => stream.sendTrailers({ 'x-res': 'r' }));
    stream.end('reply');
  });
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({ ':method': 'PUT' }, { waitForTrailers: true });
  const clog = [];
  req.on('wantTrailers', () => { clog.push('wantTrailers'); req.sendTrailers({ 'x-req': 'q' }); });
  req.on('response', () => clog.push('response'));
  req.setEncoding('utf8');
  req.on('data', (d) => clog.push('data ' + d));
  req.on('trailers', (t) => clog.push('trailers ' + t['x-res']));
  req.on('end', () => clog.push('end'));
  req.on('close', () => {
    clog.push('close');
    console.log('server:', slog.join(', '));
    console.log('client:', clog.join(', '));
    client.close();
    server.close();
  });
  req.end('body');
});
