// Http2Stream is async-iterable; setEncoding works on it.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', async (stream) => {
  stream.setEncoding('utf8');
  const parts = [];
  for await (const chunk of stream) parts.push(chunk);
  stream.respond({ ':status': 200 });
  stream.end(parts.join('|').toUpperCase());
});
server.listen(0, async () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({ ':method': 'PUT', ':path': '/' });
  req.write('a');
  req.write('b');
  req.end('c');
  req.setEncoding('utf8');
  let body = '';
  for await (const chunk of req) body += chunk;
  console.log('body', body.split('|').length >= 1, body.replace(/\|/g, ''));
  client.close();
  server.close();
});
