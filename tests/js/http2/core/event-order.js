// Event order on both sides of one request: response before data, end before close.
const http2 = require('http2');
const log = [];
const serverLog = [];
const server = http2.createServer();
server.on('session', (s) => {
  serverLog.push('server session');
  s.on('close', () => serverLog.push('server session close'));
});
server.on('stream', (stream) => {
  serverLog.push('server stream');
  stream.on('close', () => serverLog.push('server stream close'));
  stream.on('finish', () => serverLog.push('server stream finish'));
  stream.respond({ ':status': 200 });
  stream.write('a');
  stream.end('b');
});
server.listen(0, () => {
  const client = http2.connect(`http://127.0.0.1:${server.address().port}`);
  client.on('connect', () => log.push('client connect'));
  const req = client.request({ ':path': '/x' });
  req.on('ready', () => log.push('req ready'));
  req.on('response', () => log.push('req response'));
  req.on('data', (d) => log.push('req data ' + d));
  req.on('end', () => log.push('req end'));
  req.on('finish', () => log.push('req finish'));
  req.on('close', () => {
    log.push('req close');
    client.close(() => {
      log.push('client close cb');
      server.close();
      console.log(log.join('\n'));
    });
  });
});
// Server-side events, once everything is over (their interleaving with the client's is timing).
process.on('exit', () => {
  console.log('--');
  console.log(serverLog.sort().join('\n'));
});

