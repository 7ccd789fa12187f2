// allowHalfOpen: the server keeps writing after the client's FIN, then ends itself.
// Events are logged per socket and printed once both sockets closed: the relative order of
// two different sockets' events follows libuv internals (LIFO close queue), not an API promise.
const net = require('net');
const log = { server: [], client: [] };
let closed = 0;
function done() {
  if (++closed < 2) return;
  console.log('server:', log.server.join(' | '));
  console.log('client:', log.client.join(' | '));
  server.close();
}
const server = net.createServer({ allowHalfOpen: true }, (s) => {
  let got = '';
  s.on('data', (d) => { got += d; });
  s.on('end', () => {
    log.server.push('end after ' + JSON.stringify(got) + ' writable ' + s.writable);
    setTimeout(() => { s.write('late reply 1;'); s.end('late reply 2'); }, 20);
  });
  s.on('finish', () => log.server.push('finish'));
  s.on('close', (hadError) => { log.server.push('close ' + hadError); done(); });
});
server.listen(0, () => {
  const c = net.connect(server.address().port, () => {
    c.end('request');
  });
  let reply = '';
  c.setEncoding('utf8');
  c.on('data', (d) => { reply += d; });
  c.on('finish', () => log.client.push('finish'));
  c.on('end', () => log.client.push('end ' + reply));
  c.on('close', (hadError) => { log.client.push('close ' + hadError); done(); });
});
