// allowHTTP1 request backpressure: a 4 MiB upload to a handler that does not read for a while
// stays mostly unread on the wire (the request buffers about its high-water mark, the socket is
// paused); once the handler reads, the whole body arrives.
const { server } = require('./_h');
const tls = require('tls');
const { ca } = require('./_h');
const SIZE = 4 * 1024 * 1024;
const srv = server({}, (req, res) => {
  setTimeout(() => {
    console.log('buffered while not reading is below 1 MiB', req.readableLength < 1024 * 1024);
    let n = 0;
    req.on('data', (d) => { n += d.length; });
    req.on('end', () => {
      console.log('server read', n);
      res.end(`got ${n}\n`);
    });
  }, 700);
});
srv.listen(0, () => {
  const sock = tls.connect({ port: srv.address().port, host: '127.0.0.1', servername: 'localhost', ca,
                             ALPNProtocols: ['http/1.1'] }, () => {
    sock.write(`POST /up HTTP/1.1\r\nHost: localhost\r\nContent-Length: ${SIZE}\r\nConnection: close\r\n\r\n`);
    const body = Buffer.alloc(65536, 121);
    for (let i = 0; i < SIZE; i += body.length) sock.write(body);
  });
  let text = '';
  sock.setEncoding('latin1');
  sock.on('data', (d) => { text += d; });
  sock.on('end', () => {
    console.log(text.slice(text.indexOf('\r\n\r\n') + 4).trim());
    srv.close();
  });
});
