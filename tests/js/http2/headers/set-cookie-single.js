// A single set-cookie value arrives as a one-element array; cookie on a response stays a string;
// header names with uppercase are lower-cased on the wire.
const { serve } = require('./_h');
serve((stream, headers) => {
  console.log('server cookie', JSON.stringify(headers.cookie), JSON.stringify(headers['set-cookie']));
  stream.respond({ ':status': 200, 'Set-Cookie': 'only=1', Cookie: 'c=1', 'X-CaSe': 'v' });
  stream.end();
}, (client, done) => {
  const req = client.request({ ':path': '/', cookie: 'one=1', 'set-cookie': 's=1' });
  req.on('response', (h, flags, raw) => {
    console.log('client', JSON.stringify(h['set-cookie']), JSON.stringify(h.cookie), h['x-case'],
                raw.filter((v, i) => i % 2 === 0 && v !== 'date'));
  });
  req.resume();
  req.on('end', done);
});
