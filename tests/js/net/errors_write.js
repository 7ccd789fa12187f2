// Writing to finished/destroyed sockets, and the peer going away: error codes and event order.
const net = require('net');
const server = net.createServer((s) => { s.on('data', () => {}); s.on('end', () => s.end()); });
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const c = net.connect(port, '127.0.0.1', () => {
    c.end('bye');
    c.write('more', (err) => console.log('write cb', err && err.code, err && err.message));
  });
  c.on('error', (e) => console.log('c error', e.code, e.message));
  c.on('close', (hadError) => {
    console.log('c close', hadError, c.destroyed, c.writable, c.readable);
    const d = net.connect(port, '127.0.0.1', () => {
      d.destroy();
      console.log('destroyed', d.destroyed, d.writable, 'write returns', d.write('x', (err) => {
        console.log('d write cb', err && err.code, err && err.message);
      }));
    });
    d.on('error', (e) => console.log('d error', e.code, e.message));
    d.on('close', (hadError) => {
      console.log('d close', hadError);
      const e = net.connect(port, '127.0.0.1');
      e.destroy(new Error('boom'));
      e.on('error', (err) => console.log('e error', err.message, e.connecting, e.pending));
      e.on('close', (hadError2) => { console.log('e close', hadError2); server.close(); });
    });
  });
});
