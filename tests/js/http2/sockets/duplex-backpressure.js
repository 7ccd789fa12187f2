// A 1 MiB response over a duplexPair whose reader is slowed by a relay Duplex: every byte arrives in
// order, and the server session waits for 'drain' (its Duplex never holds much more than a window).
const http2 = require('http2');
const { Duplex, duplexPair } = require('stream');
const [inner, serverSide] = duplexPair();
const server = http2.performServerHandshake(serverSide);
let maxServerQueued = 0;
const write = serverSide.write;
serverSide.write = function (...args) {
  const r = write.apply(this, args);
  maxServerQueued = Math.max(maxServerQueued, this.writableLength);
  return r;
};
const SIZE = 1024 * 1024;
server.on('stream', (stream) => {
  stream.respond({ ':status': 200 });
  const chunk = Buffer.alloc(SIZE / 16);
  for (let i = 0; i < 16; i++) chunk.fill(65 + i), stream.write(Buffer.from(chunk));
  stream.end();
});
// client side: a slow relay in front of `inner`
const slow = new Duplex({
  highWaterMark: 1024,
  write(c, enc, cb) { setImmediate(() => inner.write(c, cb)); },
  read() {},
  final(cb) { inner.end(); cb(); },
});
inner.on('data', (d) => slow.push(d));
inner.on('end', () => slow.push(null));
const client = http2.connect('http://bp.test', { createConnection: () => slow });
const req = client.request({ ':path': '/' });
let got = 0;
let ordered = true;
let last = 65;
req.on('data', (d) => {
  for (const b of [d[0], d[d.length - 1]]) { if (b < last) ordered = false; last = b; }
  got += d.length;
});
req.on('end', () => {
  console.log('got', got, 'ordered', ordered, 'server queue bounded', maxServerQueued < 256 * 1024);
  client.close();
});
