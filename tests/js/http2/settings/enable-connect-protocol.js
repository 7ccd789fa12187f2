// Extended CONNECT (RFC 8441): a server with enableConnectProtocol; the client sees the setting
// and sends ':protocol'; without the setting the client refuses with ERR_HTTP2_CONNECT_PROTOCOL?
const http2 = require('http2');
const server = http2.createServer({ settings: { enableConnectProtocol: true } });
server.on('stream', (stream, headers) => {
  console.log('server', headers[':method'], headers[':protocol'], headers[':path'], headers[':scheme']);
  stream.respond({ ':status': 200 });
  stream.on('data', (d) => stream.write(d));
  stream.on('end', () => stream.end());
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('remoteSettings', (s) => {
    console.log('enableConnectProtocol', s.enableConnectProtocol);
    const req = client.request({ ':method': 'CONNECT', ':protocol': 'websocket', ':path': '/chat' });
    req.on('response', (h) => console.log('response', h[':status']));
    req.setEncoding('utf8');
    req.on('data', (d) => console.log('echo', d));
    req.on('end', () => { client.close(); server.close(); });
    req.end('hello');
  });
});
