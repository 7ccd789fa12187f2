// readyState through a socket's life, half-close without allowHalfOpen (the server auto-ends),
// connect's `timeout` option during the connect phase, and end() return values.
const net = require('net');
const server = net.createServer((s) => {
  const log = [];
  s.on('end', () => log.push('end:' + s.readyState));
  s.on('finish', () => log.push('finish:' + s.readyState));
  s.on('close', () => { log.push('close:' + s.readyState); console.log('server', log.join(' ')); });
  s.resume();
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect({ port: server.address().port, host: '127.0.0.1', timeout: 5000 });
  const log = ['start:' + c.readyState + ':' + c.timeout];
  c.on('connect', () => {
    log.push('connect:' + c.readyState);
    log.push('end returns self:' + (c.end('x') === c));
    log.push('after end:' + c.readyState);
  });
  c.on('finish', () => log.push('finish:' + c.readyState));
  c.on('end', () => log.push('end:' + c.readyState));
  c.resume();
  c.on('close', (hadError) => {
    log.push('close:' + c.readyState + ':' + hadError);
    console.log('client', log.join(' '));
    server.close(() => console.log('server closed'));
  });
});
