// setTimeout on an idle socket: 'timeout' fires (once), the socket stays open until destroyed.
const net = require('net');
const server = net.createServer((s) => { s.on('data', () => {}); });
server.listen(0, () => {
  const c = net.connect(server.address().port);
  const t0 = Date.now();
  let n = 0;
  c.setTimeout(100, () => console.log('timeout callback, timeout prop', c.timeout));
  c.on('timeout', () => {
    n++;
    console.log('timeout event', n, 'elapsed ok', Date.now() - t0 >= 90, 'destroyed', c.destroyed);
    if (n === 1) { c.write('activity'); return; }
    c.setTimeout(0);
    console.log('timeout after setTimeout(0)', c.timeout);
    c.destroy();
  });
  c.on('close', () => { console.log('closed'); server.close(); });
});
