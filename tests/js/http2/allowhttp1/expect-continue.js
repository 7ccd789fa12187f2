// HTTP/1.1 'Expect: 100-continue' on an allowHTTP1 server: without a 'checkContinue' listener the server
// sends '100 Continue' itself; with one, the listener decides (writeContinue).
const { server, h1 } = require('./_h');
function run(withListener, next) {
  const srv = server({}, (req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d) => { body += d; });
    req.on('end', () => res.end(`got ${body}`));
  });
  if (withListener) {
    srv.on('checkContinue', (req, res) => {
      console.log('checkContinue', req.headers.expect, req.httpVersion);
      res.writeContinue();
      srv.emit('request', req, res);
    });
  }
  srv.listen(0, () => {
    h1(srv.address().port, (sock) => {
      sock.write('POST /up HTTP/1.1\r\nHost: localhost\r\nContent-Length: 4\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n');
      sock.once('data', (d) => { console.log('first', JSON.stringify(String(d))); sock.write('abcd'); });
    }, (text) => { console.log(withListener, JSON.stringify(text)); srv.close(next); });
  });
}
run(false, () => run(true, () => {}));
