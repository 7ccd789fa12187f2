// Compatibility API: reading a request body and replying with statusCode and trailers.
const http2 = require('http2');
const server = http2.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    res.statusCode = 202;
    res.addTrailers({ 'x-len': String(body.length) });
    res.end(body.toUpperCase());
  });
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({ ':method': 'POST', ':path': '/' });
  req.on('response', (h) => console.log('status', h[':status']));
  req.on('trailers', (t) => console.log('trailer x-len', t['x-len']));
  req.setEncoding('utf8');
  req.on('data', (d) => console.log('body', d));
  req.on('close', () => {
    client.close();
    server.close();
  });
  req.end('hello compat');
});
