// createConnection returning a custom Duplex (not a net.Socket) that relays to a real TCP socket:
// the client speaks HTTP/2 through it to an ordinary http2 server; the Duplex sees every byte.
const http2 = require('http2');
const net = require('net');
const { Duplex } = require('stream');
const server = http2.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => res.end(`${req.method} ${req.url} ${body.length}`));
});
server.listen(0, () => {
  const port = server.address().port;
  let wrote = 0;
  let read = 0;
  const client = http2.connect(`http://localhost:${port}`, {
    createConnection() {
      const sock = net.connect(port, '127.0.0.1');
      const relay = new Duplex({
        write(chunk, enc, cb) { wrote += chunk.length; sock.write(chunk, cb); },
        final(cb) { sock.end(); cb(); },
        read() {},
        destroy(err, cb) { sock.destroy(); cb(err); },
      });
      sock.on('data', (d) => { read += d.length; relay.push(d); });
      sock.on('end', () => relay.push(null));
      return relay;
    },
  });
  // (node wraps the Duplex in a net.Socket subclass, JSStreamSocket: client.socket instanceof net.Socket is true there)
  let left = 2;
  for (const [p, body] of [['/small', 'hi'], ['/big', 'x'.repeat(100000)]]) {
    const req = client.request({ ':path': p, ':method': 'POST' });
    req.setEncoding('utf8');
    let out = '';
    req.on('data', (d) => { out += d; });
    req.on('end', () => {
      console.log(p, out);
      if (--left === 0) {
        console.log('relayed both ways', wrote > 100000, read > 0);
        client.close(() => { console.log('closed'); server.close(); });
      }
    });
    req.end(body);
  }
});
