// Duplicate fields sent as separate wire fields are joined as Node joins them (', ', '; ' for cookie,
// arrays for set-cookie, first value kept for single-value fields like content-type).
const { serve } = require('./_h');
serve((stream, headers, flags, raw) => {
  const show = ['x-dup', 'cookie', 'set-cookie', 'content-type', 'x-one'];
  for (const k of show) console.log(k, JSON.stringify(headers[k]));
  stream.respond({ ':status': 200, 'set-cookie': ['a=1', 'b=2'], 'x-dup': ['p', 'q'], 'content-type': 'text/plain' });
  stream.end();
}, (client, done) => {
  const req = client.request({
    ':path': '/', 'x-dup': ['1', '2', '3'], cookie: ['c1=1', 'c2=2'], 'set-cookie': ['s1', 's2'],
    'x-one': ['only'],
  });
  req.on('response', (h) => console.log('client', JSON.stringify(h['set-cookie']), h['x-dup'], h['content-type']));
  req.resume();
  req.on('end', done);
});
