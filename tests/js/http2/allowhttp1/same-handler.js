// One 'request' handler serves an h2 request and an HTTP/1.1 request; what each request object reports.
const { server, h1, h2get } = require('./_h');
const srv = server({}, (req, res) => {
  console.log(req.httpVersion, req.method, req.url, typeof req.authority, typeof req.scheme,
              String(req.headers.host || req.headers[':authority']).replace(/:\d+$/, ''), typeof req.stream, req.socket.alpnProtocol,
              typeof res.stream, typeof res.createPushResponse);
  res.setHeader('content-type', 'text/plain');
  res.end(`hello ${req.httpVersion}`);
});
srv.listen(0, () => {
  const port = srv.address().port;
  h2get(port, '/h2', (head, body) => {
    console.log('h2', head[':status'], head['content-type'], body);
    h1(port, 'GET /h1?x=1 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n', (text) => {
      console.log(JSON.stringify(text));
      srv.close();
    });
  });
});
