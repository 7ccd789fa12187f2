// A malformed HTTP/1.1 request line on an allowHTTP1 server: 400 Bad Request and the connection closes.
const { server, h1 } = require('./_h');
const srv = server({}, (req, res) => { console.log('request (unexpected)', req.url); res.end(); });
srv.listen(0, () => {
  h1(srv.address().port, 'NOT A REQUEST\r\n\r\n', (text) => {
    console.log(JSON.stringify(text));
    srv.close();
  });
});
