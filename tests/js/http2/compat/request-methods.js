// Http2ServerRequest: properties, setTimeout, socket proxy reads, and body reading.
const http2 = require('http2');
const server = http2.createServer((req, res) => {
  console.log('props', req.method, req.url, req.httpVersion, req.httpVersionMajor, req.httpVersionMinor,
              req.complete, req.aborted, req.scheme, typeof req.stream, req.headers[':method']);
  console.log('raw', req.rawHeaders.filter((v, i) => i % 2 === 0).join(','));
  console.log('socket', typeof req.socket, req.socket === req.connection, typeof req.socket.remoteAddress,
              req.socket.readable, req.socket.writable);
  console.log('setTimeout', req.setTimeout(1000) === req);
  req.url = '/changed';
  console.log('url set', req.url, req.headers[':path']);
  req.method = 'PUT';
  console.log('method set', req.method);
  try { req.method = ''; } catch (e) { console.log('method empty', e.constructor.name, e.code, e.message); }
  try { req.method = 5; } catch (e) { console.log('method num', e.constructor.name, e.code, e.message); }
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    console.log('body', body, req.complete);
    res.end();
  });
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({ ':path': '/p?q=1', ':method': 'POST', 'x-a': '1' });
  req.end('payload');
  req.resume();
  req.on('end', () => { client.close(); server.close(); });
});
