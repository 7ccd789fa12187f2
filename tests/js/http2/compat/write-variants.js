// res.write with strings, encodings, Buffers, Uint8Array and callbacks; end(cb) and end(data, enc, cb).
const { serve, fetch } = require('./_h');
serve({}, (req, res) => {
  const order = [];
  console.log('w1', res.write('a'));
  console.log('w2', res.write('62', 'hex', () => order.push('cb hex')));
  console.log('w3', res.write(Buffer.from('c'), () => order.push('cb buf')));
  console.log('w4', res.write(new Uint8Array([100])));
  res.end('ZQ==', 'base64', () => { order.push('end cb'); console.log(order.join(',')); });
}, (client, done) => {
  fetch(client, { ':path': '/' }, null, (out) => { console.log('body', out.body); setTimeout(done, 20); });
});
