// Read-side backpressure over a JS Duplex: the peer floods PINGs (respecting its own write()
// backpressure) and does not read. The server session's writes (the PING ACKs) cannot complete,
// so it stops reading its Duplex (node: Http2Session::MaybeStopReading while a write is in
// progress): the peer's writes stall instead of the ACKs piling up (no flood error). Once the
// peer reads, every PING is answered and the session is still fine.
const http2 = require('http2');
const { duplexPair } = require('stream');

const [peer, serverSide] = duplexPair();
const session = http2.performServerHandshake(serverSide);
session.on('error', (e) => console.log('session error', e.code, e.message));
session.on('close', () => console.log('session close'));

const CHUNKS = 500;
const PER_CHUNK = 40;
const ping = Buffer.alloc(17);
ping[2] = 8;  // length 8, type PING (6), stream 0
ping[3] = 6;
const chunk = Buffer.concat(Array(PER_CHUNK).fill(ping));
let sent = 0;
const pump = () => {
  while (sent < CHUNKS && peer.write(chunk)) sent++;
  if (sent < CHUNKS) peer.once('drain', () => { sent++; pump(); });
};
peer.write(Buffer.concat([Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n'),
                          Buffer.from([0, 0, 0, 4, 0, 0, 0, 0, 0])]));
pump();

setTimeout(() => {
  console.log('peer stalled while not reading', sent < CHUNKS, 'buffers bounded',
              serverSide.readableLength + serverSide.writableLength + peer.writableLength < 65536);
  let buf = Buffer.alloc(0);
  let acks = 0;
  peer.on('data', (d) => {
    buf = Buffer.concat([buf, d]);
    while (buf.length >= 9 && buf.length >= 9 + buf.readUIntBE(0, 3)) {
      if (buf[3] === 6 && buf[4] & 1) acks++;
      buf = buf.subarray(9 + buf.readUIntBE(0, 3));
    }
    if (acks === CHUNKS * PER_CHUNK) {
      console.log('all PINGs answered', acks, 'session destroyed', session.destroyed);
      peer.end();  // the server's Duplex ends: its session closes
    }
  });
}, 300);
