// node reference for tests/http2/test_engine_timeouts.py: session.setTimeout(300) and
// stream.setTimeout(200); the response is written in 12 pieces 50 ms apart. Prints one line
// per timeout and 'slowresp done'.
const http2 = require('http2');
const server = http2.createServer();
server.on('session', (s) => s.setTimeout(300, () => console.log('session timeout')));
server.on('stream', (stream) => {
  stream.setTimeout(200, () => console.log('stream timeout'));
  stream.on('data', () => {});
  stream.on('end', () => {
    stream.respond({ ':status': 200 });
    let i = 0;
    const t = setInterval(() => {
      if (++i > 12) { clearInterval(t); stream.end(); console.log('slowresp done'); return; }
      stream.write('r');
    }, 50);
  });
});
server.listen(0, '127.0.0.1', () => console.log('listening on ' + server.address().port));
