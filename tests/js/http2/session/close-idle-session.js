// session.close() on a session with no streams: once its GOAWAY is written the session is
// destroyed at once (node: MaybeNotifyGracefulCloseComplete), before the peer reacts; over TCP
// the server's session closes before the client's, over a JS Duplex the peer gets 'end'.
const http2 = require('http2');
const { duplexPair } = require('stream');

const server = http2.createServer();
server.on('session', (s) => {
  s.on('close', () => { console.log('server session close'); server.close(duplex); });
  setTimeout(() => s.close(), 50);
});
server.listen(0, () => {
  const c = http2.connect(`http://localhost:${server.address().port}`);
  c.on('close', () => console.log('client close'));
});

function duplex() {
  const [peer, serverSide] = duplexPair();
  const session = http2.performServerHandshake(serverSide);
  session.on('close', () => console.log('duplex session close'));
  peer.write(Buffer.concat([Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n'),
                            Buffer.from([0, 0, 0, 4, 0, 0, 0, 0, 0])]));
  peer.resume();
  peer.on('end', () => { console.log('peer end'); peer.end(); });
  setTimeout(() => session.close(), 50);
}
