// 'clientError' on an allowHTTP1 server for malformed HTTP/1.1 heads: llhttp's code, reason,
// bytesParsed and rawPacket; the listener answers on the socket itself.
const { server, h1 } = require('./_h');
const cases = [
  'NOT A REQUEST\r\n\r\n',
  'GET / HTTP/1.1\r\nBad Header\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n',
  'GET / HTTP/9.1\r\n\r\n',
];
const srv = server({}, (req, res) => { console.log('request (unexpected)'); res.end(); });
srv.on('clientError', (err, sock) => {
  console.log('clientError', err.name, err.code, err.message, err.bytesParsed, Buffer.isBuffer(err.rawPacket),
              JSON.stringify(String(err.rawPacket)), Object.keys(err), sock === undefined);
  sock.end('HTTP/1.1 400 Bad Request\r\n\r\n');
});
srv.listen(0, () => {
  let i = 0;
  const next = () => {
    if (i === cases.length) { srv.close(); return; }
    h1(srv.address().port, cases[i++], (text) => { console.log(JSON.stringify(text)); next(); });
  };
  next();
});
