// createSecureServer({ allowHTTP1, Http1IncomingMessage }): HTTP/1.1 requests are built with the given
// http.IncomingMessage subclass; h2 requests still get Http2ServerRequest.
const http = require('http');
const { server, h1, h2get } = require('./_h');
class MyIncoming extends http.IncomingMessage {
  get tag() { return `tagged ${this.method} ${this.url}`; }
}
const srv = server({ Http1IncomingMessage: MyIncoming }, (req, res) => {
  console.log(req.httpVersion, req instanceof MyIncoming, req instanceof http.IncomingMessage, req.tag);
  res.end('ok');
});
srv.listen(0, () => {
  const port = srv.address().port;
  h1(port, 'GET /one HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n', (text) => {
    console.log(JSON.stringify(text.split('\r\n')[0]));
    h2get(port, '/two', (head, body) => { console.log('h2', head[':status'], body); srv.close(); });
  });
});
