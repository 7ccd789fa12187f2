// rawHeaders on 'stream' and 'response': flat [name, value, ...] in wire order, duplicates kept apart.
const { serve } = require('./_h');
serve((stream, headers, flags, raw) => {
  const names = raw.filter((_, i) => i % 2 === 0);
  console.log('raw names', names.filter((n) => n !== 'user-agent'));
  console.log('raw x-dup', raw.filter((v, i) => i % 2 === 1 && raw[i - 1] === 'x-dup'));
  console.log('flags', flags);
  stream.respond({ ':status': 200, 'x-r': ['1', '2'] });
  stream.end();
}, (client, done) => {
  const req = client.request({ ':path': '/raw', 'x-dup': ['a', 'b'], 'x-z': 'z' });
  req.on('response', (h, flags, raw) => {
    console.log('client raw', raw.filter((_, i) => i % 2 === 0 && raw[i] !== 'date'), raw.filter((v, i) => raw[i - 1] === 'x-r'));
    console.log('client flags', flags);
  });
  req.resume();
  req.on('end', done);
});
