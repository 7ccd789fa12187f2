// Received header objects (server and client) have a null prototype and lower-cased names.
const { serve } = require('./_h');
serve((stream, headers) => {
  console.log('server proto', Object.getPrototypeOf(headers), headers['x-mixed'], 'X-Mixed' in headers);
  console.log('server keys', Object.keys(headers).filter((k) => k !== 'user-agent'));
  stream.respond({ ':status': 200, 'X-Resp': 'R' });
  stream.end();
}, (client, done) => {
  const req = client.request({ ':path': '/', 'X-Mixed': 'Value' });
  req.on('response', (h, flags) => {
    console.log('client proto', Object.getPrototypeOf(h), h['x-resp'], typeof flags);
    console.log('client keys', Object.keys(h).filter((k) => k !== 'date'));
  });
  req.resume();
  req.on('end', done);
});
