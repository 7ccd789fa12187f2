// A PING flood from a peer that never reads: the server's queued PING ACKs pass nghttp2's
// outbound-ACK cap (1000) → NghttpError -904 "Flooding was detected..." (ERR_HTTP2_ERROR) on
// the session and 'sessionError' — unlike the maxSettings GOAWAY, which node keeps quiet.
const http2 = require('http2');
const net = require('net');
const { settings } = require('./_rawpeer');

const server = http2.createServer();
server.on('sessionError', (e) => console.log('sessionError', e.code, e.message));
server.on('session', (s) => {
  s.on('error', (e) => console.log('session error', e.constructor.name, e.name, e.code, e.errno, e.message));
  s.on('close', () => { console.log('session close'); server.close(); });
});
server.listen(0, () => {
  const sock = net.connect(server.address().port, '127.0.0.1', () => {
    sock.pause();  // never read: the ACKs back up
    sock.write(Buffer.concat([Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n'), settings()]));
    const ping = Buffer.alloc(17);
    ping[2] = 8;  // length 8, type PING, no flags, stream 0
    ping[3] = 6;
    const chunk = Buffer.concat(Array(4096).fill(ping));
    let n = 0;  // at most 2000 x 4096 pings (node floods within the first few chunks)
    const pump = () => {
      while (n < 2000 && !sock.destroyed && sock.write(chunk)) n++;
      if (n < 2000 && !sock.destroyed) sock.once('drain', pump);
    };
    pump();
  });
  sock.on('error', () => {});
  sock.on('close', () => console.log('raw closed'));
});
