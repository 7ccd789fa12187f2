// Class identities: instanceof relations of sessions, streams and servers, and the names Node
// gives their constructors.
const http2 = require('http2');
const { EventEmitter } = require('events');
const { Duplex } = require('stream');
const net = require('net');
const tls = require('tls');
const server = http2.createServer();
const secure = http2.createSecureServer({});
console.log('server', server.constructor.name, server instanceof net.Server, server instanceof EventEmitter);
console.log('secure', secure.constructor.name, secure instanceof tls.Server);
server.on('stream', (stream) => {
  const s = stream.session;
  console.log('server stream', stream.constructor.name, stream instanceof Duplex);
  console.log('server session', s.constructor.name, s instanceof EventEmitter,
    Object.getPrototypeOf(Object.getPrototypeOf(s)).constructor.name);
  stream.respond();
  stream.end();
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  console.log('client session', client.constructor.name,
    Object.getPrototypeOf(Object.getPrototypeOf(client)).constructor.name);
  const req = client.request();
  console.log('client stream', req.constructor.name, req instanceof Duplex,
    Object.getPrototypeOf(Object.getPrototypeOf(req)).constructor.name);
  req.resume();
  req.on('close', () => { client.close(); server.close(); });
});
