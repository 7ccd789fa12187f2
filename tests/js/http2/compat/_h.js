// Shared by the compat programs: a plain server + one client, and a request that collects the reply.
const http2 = require('http2');
exports.http2 = http2;
exports.serve = (opts, handler, fn) => {
  const server = http2.createServer(opts, handler);
  server.listen(0, () => {
    const client = http2.connect(`http://localhost:${server.address().port}`);
    fn(client, () => { client.close(); server.close(); }, server);
  });
  return server;
};
exports.fetch = (client, headers, body, cb) => {
  const req = client.request(headers);
  const out = { headers: null, body: '', trailers: null, infos: [] };
  req.on('headers', (h) => out.infos.push(h[':status']));
  req.on('response', (h) => { out.headers = h; });
  req.on('trailers', (t) => { out.trailers = t; });
  req.setEncoding('utf8');
  req.on('data', (d) => { out.body += d; });
  req.on('end', () => cb(out));
  req.on('error', (e) => console.log('client req error', e.code));
  if (body === null) req.end(); else req.end(body);
  return req;
};
exports.pick = (h, names) => names.map((n) => `${n}=${JSON.stringify(h[n])}`).join(' ');
