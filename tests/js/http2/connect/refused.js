// connect() to a port nobody listens on: 'error' with ECONNREFUSED, then 'close'; a request made
// before the failure errors too.
const http2 = require('http2');
const net = require('net');
const probe = net.createServer();
probe.listen(0, () => {
  const port = probe.address().port;
  probe.close(() => {
    const client = http2.connect(`http://127.0.0.1:${port}`);
    const req = client.request();
    req.on('error', (e) => console.log('req error', e.code));
    req.on('close', () => console.log('req close', req.rstCode));
    client.on('error', (e) => console.log('client error', e.code, e.syscall));
    client.on('close', () => console.log('client close', client.destroyed));
  });
});
