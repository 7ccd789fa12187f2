// A paused client stream stops reading; the server's writes hit backpressure (write() false,
// then 'drain' after resume); every byte arrives.
const http2 = require('http2');
const server = http2.createServer();
const chunk = Buffer.alloc(16384, 'a');
server.on('stream', (stream) => {
  stream.respond();
  let sent = 0;
  let sawFalse = false;
  function pump() {
    while (sent < 40) {
      sent++;
      if (!stream.write(chunk)) { sawFalse = true; stream.once('drain', pump); return; }
    }
    console.log('server saw backpressure', sawFalse);
    stream.end();
  }
  pump();
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request();
  let got = 0;
  req.on('data', (d) => { got += d.length; });
  req.pause();
  console.log('isPaused', req.isPaused());
  setTimeout(() => { console.log('got while paused', got); req.resume(); }, 150);
  req.on('end', () => { console.log('total', got); client.close(); server.close(); });
});
