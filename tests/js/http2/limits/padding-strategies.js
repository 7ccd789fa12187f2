// Every paddingStrategy on the server: the body arrives intact whatever the padding.
const http2 = require('http2');
const { constants } = http2;
const strategies = [constants.PADDING_STRATEGY_NONE, constants.PADDING_STRATEGY_ALIGNED,
  constants.PADDING_STRATEGY_MAX, constants.PADDING_STRATEGY_CALLBACK];
let i = 0;
function next() {
  if (i === strategies.length) return;
  const strategy = strategies[i++];
  const server = http2.createServer({ paddingStrategy: strategy });
  server.on('stream', (stream) => { stream.respond(); stream.end('x'.repeat(3000)); });
  server.listen(0, () => {
    const client = http2.connect(`http://localhost:${server.address().port}`, { paddingStrategy: strategy });
    const req = client.request({ ':method': 'POST' });
    req.end('y'.repeat(100));
    let n = 0;
    req.on('data', (d) => { n += d.length; });
    req.on('end', () => {
      console.log('strategy', strategy, 'got', n);
      client.close();
      server.close(next);
    });
  });
}
next();
