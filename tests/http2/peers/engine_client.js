// node http2 client for tests/http2/test_engine_requests.py: node engine_client.js PORT
// Prints one JSON line per request: what node saw (body, trailers, close code).
const http2 = require('http2');
const client = http2.connect('http://127.0.0.1:' + process.argv[2]);
function get(headers) {
  return new Promise((resolve) => {
    const req = client.request(headers);
    const out = { body: '', trailers: null, ended: false };
    req.setEncoding('utf8');
    req.on('response', (h) => { out.status = h[':status']; out.joined = h['x-joined'] || null; });
    req.on('data', (c) => { out.body += c; });
    req.on('trailers', (t) => { out.trailers = t; });
    req.on('end', () => { out.ended = true; });
    req.on('close', () => { out.rstCode = req.rstCode; resolve(out); });
  });
}
(async () => {
  console.log(JSON.stringify(await get({ ':path': '/cookies', cookie: ['a=1', 'b=2', 'c=3'] })));
  console.log(JSON.stringify(await get({ ':path': '/empty-trailers' })));
  client.close();
})();
