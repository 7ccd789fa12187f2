// allowHTTP1: a handler that answers without reading a 300 KB request body; the body is dumped
// (Node's resOnFinish) and the next request on the same keep-alive connection is served.
const { server, h1 } = require('./_h');
let n = 0;
const srv = server({}, (req, res) => {
  const k = ++n;
  req.on('end', () => console.log('request', k, 'end event (dumped body)', req.complete));
  res.end(`answer ${k} ${req.method} ${req.url}\n`);
});
srv.listen(0, () => {
  const body = Buffer.alloc(300000, 120);
  h1(srv.address().port, (sock) => {
    sock.write(`POST /one HTTP/1.1\r\nHost: localhost\r\nContent-Length: ${body.length}\r\n\r\n`);
    sock.write(body);
    sock.write('GET /two HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
  }, (text) => {
    console.log(text.replace(/\r\n/g, '|'));
    srv.close();
  });
});
