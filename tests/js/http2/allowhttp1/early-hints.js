// writeEarlyHints on an HTTP/1.1 request of an allowHTTP1 server: a 103 with Link lines before the response.
const { server, h1 } = require('./_h');
const srv = server({}, (req, res) => {
  res.writeEarlyHints({ link: ['</a.css>; rel=preload; as=style', '</b.js>; rel=preload; as=script'], 'x-hint': 'h' });
  res.end('main');
});
srv.listen(0, () => {
  h1(srv.address().port, 'GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n', (text) => {
    console.log(JSON.stringify(text));
    srv.close();
  });
});
