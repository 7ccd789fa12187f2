// HTTP/2 over a JS-only Duplex: connect({ createConnection }) returns one end of stream.duplexPair(),
// the other end goes to performServerHandshake. No TCP at all.
const http2 = require('http2');
const { duplexPair } = require('stream');
const [clientSide, serverSide] = duplexPair();
const serverSession = http2.performServerHandshake(serverSide);
serverSession.on('stream', (stream, headers) => {
  console.log('server stream', headers[':method'], headers[':path'], headers[':authority']);
  stream.respond({ ':status': 200, 'content-type': 'text/plain' });
  stream.end('over a duplex pair');
});
const client = http2.connect('http://example.test', { createConnection: () => clientSide });
client.on('connect', () => console.log('client connect', client.encrypted, client.alpnProtocol));
const req = client.request({ ':path': '/dp' });
req.on('response', (h) => console.log('status', h[':status'], h['content-type']));
req.setEncoding('utf8');
req.on('data', (d) => console.log('data', d));
req.on('end', () => {
  console.log('end');
  client.close(() => console.log('client closed'));
  serverSession.on('close', () => console.log('server session closed'));
});
