// A TLS client whose server closes before the handshake: Node's onConnectEnd error (code, message, props).
const tls = require('tls'); const net = require('net');
const s = net.createServer((c) => c.end());
s.listen(0, '127.0.0.1', () => {
  const port = s.address().port;
  const c = tls.connect({ port, host: '127.0.0.1', rejectUnauthorized: false });
  c.on('error', (e) => console.log('error', e.code, e.message, e.host, e.port === port, e.path, e.localAddress, Object.keys(e)));
  c.on('close', (h) => { console.log('close', h); s.close(); });
});
