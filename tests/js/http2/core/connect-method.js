// CONNECT (RFC 7540 8.3) on the core API: ':authority' only; the request's errors for
// ':path'/':scheme'; a tunnel echoing bytes.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream, headers) => {
  console.log('server', headers[':method'], headers[':authority'], headers[':path'], headers[':scheme']);
  stream.respond({ ':status': 200 });
  stream.pipe(stream);
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  function t(label, h) {
    try { client.request(h); console.log(label, 'ok'); } catch (e) { console.log(label, e.constructor.name, e.code, e.message); }
  }
  t('with-path', { ':method': 'CONNECT', ':authority': 'example.com:443', ':path': '/' });
  t('with-scheme', { ':method': 'CONNECT', ':authority': 'example.com:443', ':scheme': 'https' });
  const req = client.request({ ':method': 'CONNECT', ':authority': 'example.com:443' });
  req.on('response', (h) => console.log('response', h[':status']));
  req.setEncoding('utf8');
  req.on('data', (d) => { console.log('tunnel', d); req.end(); });
  req.on('end', () => { client.close(); server.close(); });
  req.write('ping through tunnel');
});
