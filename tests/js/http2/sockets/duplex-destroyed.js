// The JS Duplex under a client session is destroyed mid-request: the stream and session close.
const http2 = require('http2');
const { duplexPair } = require('stream');
const [a, b] = duplexPair();
const server = http2.performServerHandshake(b);
server.on('stream', (stream) => {
  stream.respond({ ':status': 200 });
  stream.write('first');
  stream.on('error', (e) => console.log('server stream error', e.code));
});
server.on('close', () => console.log('server session close'));
server.on('error', (e) => console.log('server session error', e.code));
const client = http2.connect('http://pair.test', { createConnection: () => a });
client.on('close', () => console.log('client session close', client.destroyed));
client.on('error', (e) => console.log('client session error', e.code));
const req = client.request({ ':path': '/' });
req.on('error', (e) => console.log('req error', e.code));
req.on('data', (d) => {
  console.log('data', String(d));
  a.destroy();
});
req.on('close', () => console.log('req close', req.rstCode));
