// Echo server and client: events, ordering, counters, addresses.
const net = require('net');
const log = [];
const server = net.createServer((s) => {
  log.push(`server: connection from ${s.remoteFamily} ${s.remoteAddress === '127.0.0.1'}`);
  s.setEncoding('utf8');
  s.on('data', (d) => s.write(d.toUpperCase()));
  s.on('end', () => { log.push('server: end'); s.end(); });
  s.on('close', (hadError) => log.push(`server: close ${hadError}`));
});
server.on('listening', () => log.push('listening event'));
server.listen(0, '127.0.0.1', () => {
  const addr = server.address();
  console.log('address', addr.address, addr.family, typeof addr.port, server.listening);
  const c = net.connect({ port: addr.port, host: '127.0.0.1' }, () => {
    console.log('connect', c.remoteAddress, c.remotePort === addr.port, c.localAddress, c.remoteFamily);
    console.log('write returns', c.write('hello'), c.write(Buffer.from(' world')));
    c.end('!', () => console.log('end callback'));
  });
  c.on('ready', () => console.log('ready'));
  let got = '';
  c.on('data', (d) => { got += d; });
  c.on('end', () => console.log('client end', JSON.stringify(got)));
  c.on('close', (hadError) => {
    console.log('client close', hadError, c.bytesRead, c.bytesWritten, c.destroyed, c.readyState);
    server.getConnections((err, n) => {
      console.log('connections', err, typeof n);
      server.close(() => {
        console.log(log.join('\n'));
        console.log('server closed', server.address(), server.listening);
      });
    });
  });
});
