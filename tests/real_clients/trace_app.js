// Server and client in one process, for `--trace-http2` (tests/test_real_clients_trace.py):
// a request with a custom header and a body, a pushed stream, a response with trailers,
// a PING and a graceful close (GOAWAY).
'use strict';
const http2 = require('http2');

const server = http2.createServer();
server.on('stream', (stream, headers) => {
  stream.pushStream({ ':path': '/pushed' }, (err, push) => {
    if (err) throw err;
    push.respond({ ':status': 200 });
    push.end('pushed body');
  });
  stream.respond({ ':status': 200, 'content-type': 'text/plain' }, { waitForTrailers: true });
  stream.on('wantTrailers', () => stream.sendTrailers({ 'x-trailer': 'done' }));
  stream.resume();
  stream.on('end', () => stream.end('hello ' + headers['x-client']));
});
server.listen(0, '127.0.0.1', () => {
  const client = http2.connect('http://127.0.0.1:' + server.address().port);
  client.on('stream', (push) => { push.resume(); push.on('end', () => console.log('push ended')); });
  const req = client.request({ ':method': 'POST', ':path': '/trace', 'x-client': 'tracer' });
  req.end('request body');
  req.setEncoding('utf8');
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('trailers', (t) => console.log('trailers', t['x-trailer']));
  req.on('end', () => {
    console.log('body', body);
    client.ping(Buffer.from('pingpong'), () => {
      client.close();
      server.close();
    });
  });
});
