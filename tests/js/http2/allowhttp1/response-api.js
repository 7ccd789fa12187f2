// HTTP/1 response API through the compat handler: writeHead with an array, appendHeader, getHeaders,
// removeHeader, statusMessage default, write returning true, end callback, headersSent states.
const { server, h1 } = require('./_h');
const srv = server({}, (req, res) => {
  res.setHeader('X-A', '1');
  res.appendHeader('x-a', '2');
  res.setHeader('x-gone', 'g');
  res.removeHeader('X-Gone');
  console.log(JSON.stringify(res.getHeaders()), res.getHeaderNames(), res.statusMessage, res.headersSent);
  res.writeHead(202, ['X-Arr', 'v', 'X-Arr2', 'w']);
  console.log('after writeHead', res.headersSent, res.statusCode, res.statusMessage);
  console.log('write', res.write('abc'));
  res.end('def', () => console.log('end cb', res.writableEnded, res.finished));
});
srv.listen(0, () => {
  h1(srv.address().port, 'GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n', (text) => {
    console.log(JSON.stringify(text));
    srv.close();
  });
});
