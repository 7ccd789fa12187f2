// Over a duplexPair: several concurrent streams, a body each way (small: node itself stalls on some sizes over duplexPair), trailers, ping.
const http2 = require('http2');
const { duplexPair } = require('stream');
const [a, b] = duplexPair();
const server = http2.performServerHandshake(b, { settings: { initialWindowSize: 65535 } });
server.on('stream', (stream, headers) => {
  let n = 0;
  stream.on('data', (d) => { n += d.length; });
  stream.on('end', () => {
    stream.respond({ ':status': 200 }, { waitForTrailers: true });
    stream.on('wantTrailers', () => stream.sendTrailers({ 'x-got': String(n) }));
    stream.end('y'.repeat(2000));
  });
});
const client = http2.connect('http://pair.test', { createConnection: () => a });
let left = 3;
const results = [];
for (let i = 0; i < 3; i++) {
  const req = client.request({ ':path': `/s${i}`, ':method': 'POST' });
  let got = 0;
  req.on('data', (d) => { got += d.length; });
  req.on('trailers', (t) => results.push(`s${i} sent-seen=${t['x-got']} got=${got}`));
  req.on('close', () => {
    if (--left > 0) return;
    console.log(results.sort().join('\n'));
    client.ping((err, ms, payload) => {
      console.log('ping', err, typeof ms, payload.length);
      client.close();
    });
  });
  req.end('z'.repeat(1000 * (i + 1)));
}
