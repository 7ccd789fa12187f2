// 'checkExpectation' for an expect value other than 100-continue; without a listener the server answers 417.
const { http2 } = require('./_h');
function run(withListener, next) {
  const server = http2.createServer((req, res) => { console.log('request', req.url); res.end('ok'); });
  if (withListener) {
    server.on('checkExpectation', (req, res) => {
      console.log('checkExpectation', req.headers.expect);
      res.writeHead(402);
      res.end('nope');
    });
  }
  server.listen(0, () => {
    const client = http2.connect(`http://localhost:${server.address().port}`);
    const req = client.request({ ':path': '/x', expect: 'something-else' });
    req.on('response', (h) => console.log(withListener, 'status', h[':status']));
    req.setEncoding('utf8');
    let body = '';
    req.on('data', (d) => { body += d; });
    req.on('end', () => { console.log('body', JSON.stringify(body)); client.close(); server.close(next); });
  });
}
run(true, () => run(false, () => {}));
