// The docs' first example: a core-API server and a client in one program.
const http2 = require('http2');
const server = http2.createServer();
server.on('error', (err) => console.error(err));
server.on('stream', (stream, headers) => {
  console.log('server stream', headers[':method'], headers[':path'], headers[':scheme']);
  stream.respond({ 'content-type': 'text/html; charset=utf-8', ':status': 200 });
  stream.end('<h1>Hello World</h1>');
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('error', (err) => console.error(err));
  const req = client.request({ ':path': '/' });
  req.on('response', (headers, flags) => {
    console.log('status', headers[':status'], typeof headers[':status']);
    console.log('content-type', headers['content-type']);
    console.log('has date', typeof headers.date);
  });
  req.setEncoding('utf8');
  let data = '';
  req.on('data', (chunk) => { data += chunk; });
  req.on('end', () => {
    console.log(`body: ${data}`);
    client.close();
    server.close(() => console.log('server closed'));
  });
});
