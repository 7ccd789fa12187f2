// sensitiveHeaders: never-indexed fields are reported on receipt under http2.sensitiveHeaders.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream, headers) => {
  console.log('server sensitive', headers[http2.sensitiveHeaders]);
  console.log('cookie', headers.cookie, 'authorization', headers.authorization);
  stream.respond({ ':status': 200, 'x-secret': 's', [http2.sensitiveHeaders]: ['x-secret'] });
  stream.end();
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({ ':path': '/', authorization: 'token', cookie: 'c=1',
                               [http2.sensitiveHeaders]: ['authorization', 'Cookie'] });
  req.on('response', (h) => console.log('client sensitive', h[http2.sensitiveHeaders], h['x-secret']));
  req.resume();
  req.on('close', () => { client.close(); server.close(); });
});
