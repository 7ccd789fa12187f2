// ENGINE (docs/engine-requests.md): nghttp2 sends authorization and cookies shorter than 20 bytes never-indexed
// on its own, so a Node receiver lists them under headers[sensitiveHeaders]; the engine does not.
// sensitiveHeaders: names listed under http2.sensitiveHeaders arrive with the never-indexed flag,
// and are listed in the receiver's headers[http2.sensitiveHeaders]; authorization and short cookies are always sensitive.
const { serve, http2 } = require('./_h');
serve((stream, headers) => {
  console.log('server sensitive', headers[http2.sensitiveHeaders]);
  stream.respond({ ':status': 200, 'x-secret': 's', 'x-open': 'o', [http2.sensitiveHeaders]: ['X-Secret'] });
  stream.end();
}, (client, done) => {
  const req = client.request({
    ':path': '/', 'x-token': 't', authorization: 'Basic x', cookie: 'a=1', 'x-plain': 'p',
    [http2.sensitiveHeaders]: ['x-token'],
  });
  req.on('response', (h) => console.log('client sensitive', h[http2.sensitiveHeaders], h['x-secret']));
  req.resume();
  req.on('end', done);
});
console.log(typeof http2.sensitiveHeaders, String(http2.sensitiveHeaders));
