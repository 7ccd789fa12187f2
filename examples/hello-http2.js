// A server and a client of Node's http2 core API in one program: run it with
// `nodecompat examples/hello-http2.js` or `node examples/hello-http2.js` — same output.
const http2 = require('node:http2');

const server = http2.createServer();
server.on('stream', (stream, headers) => {
  stream.respond({ ':status': 200, 'content-type': 'text/plain; charset=utf-8' });
  stream.end(`hello from ${headers[':path']}`);
});

server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({ ':path': '/greeting' });
  req.on('response', (headers) => console.log('status', headers[':status'], headers['content-type']));
  req.setEncoding('utf8');
  let body = '';
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => {
    console.log('body', body);
    client.close();
    server.close(() => console.log('server closed'));
  });
  req.end();
});
