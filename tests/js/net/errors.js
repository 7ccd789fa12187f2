// Node's error objects: ECONNREFUSED, EADDRINUSE, ECONNRESET, ERR_SOCKET_BAD_PORT.
const net = require('net');
function show(tag, e, port) {
  const msg = String(e.message).split(String(port)).join('PORT');
  console.log(tag, e.constructor.name, e.code, e.errno, e.syscall, e.address, e.port === port, msg,
              Object.keys(e).join(','));
}
try { net.connect(70000); } catch (e) { console.log('sync', e.name, e.code, e.message); }
try { net.createServer().listen(-1); } catch (e) { console.log('sync', e.name, e.code, e.message); }
const a = net.createServer().listen(0, '127.0.0.1', () => {
  const port = a.address().port;
  const b = net.createServer();
  b.on('error', (e) => {
    show('listen', e, port);
    a.close(() => {
      const c = net.connect(port, '127.0.0.1');
      c.on('connect', () => console.log('unexpected connect'));
      c.on('error', (e2) => show('connect', e2, port));
      c.on('close', (hadError) => { console.log('refused close', hadError); reset(); });
    });
  });
  b.listen(port, '127.0.0.1');
});
function reset() {
  const s = net.createServer((sock) => { sock.once('data', () => sock.resetAndDestroy()); });
  s.listen(0, '127.0.0.1', () => {
    const c = net.connect(s.address().port, '127.0.0.1', () => c.write('x'));
    c.on('error', (e) => console.log('reset', e.code, e.errno, e.syscall, e.message));
    c.on('close', (hadError) => { console.log('reset close', hadError); s.close(); });
  });
}
