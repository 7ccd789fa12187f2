// allowHTTP1 response backpressure: res.write() of 64 KiB chunks to a client that stops reading
// returns false and 'drain' follows each false (the handler waits for it); every byte arrives.
const { server, h1 } = require('./_h');
const CHUNK = Buffer.alloc(65536, 120);
const TOTAL = 64;
let falses = 0;
let drains = 0;
const srv = server({}, (req, res) => {
  res.writeHead(200, { 'content-length': CHUNK.length * TOTAL });
  console.log('writableHighWaterMark', res.writableHighWaterMark, 'needDrain', res.writableNeedDrain);
  let sent = 0;
  res.on('drain', () => { drains++; pump(); });
  const pump = () => {
    while (sent < TOTAL) {
      sent++;
      if (!res.write(CHUNK)) { falses++; return; }
    }
    res.end();
    console.log('server wrote', sent, 'chunks; false seen', falses > 0, 'drain after each false',
                drains === falses, 'needDrain after end', res.writableNeedDrain);
  };
  pump();
});
srv.listen(0, () => {
  let got = 0;
  let head = true;
  h1(srv.address().port, (sock) => {
    sock.write('GET /big HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
    sock.once('data', () => { sock.pause(); setTimeout(() => sock.resume(), 300); });
    sock.on('data', (d) => {
      if (head) { const i = d.indexOf('\r\n\r\n'); head = false; got += d.length - i - 4; } else got += d.length;
    });
  }, () => {
    console.log('client body bytes', got);
    srv.close();
  });
});
