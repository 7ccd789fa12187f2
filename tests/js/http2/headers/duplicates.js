// Incoming header objects: duplicate fields joined the Node way, set-cookie kept as an array,
// rawHeaders in wire order, lower-cased names, numbers stringified.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream, headers, flags, rawHeaders) => {
  const h = { ...headers };
  delete h[':authority'];
  console.log('server', JSON.stringify(h), typeof flags);
  console.log('raw', JSON.stringify(rawHeaders.filter((v, i) => rawHeaders[i - (i % 2)] !== ':authority')));
  stream.respond({ ':status': 200, 'set-cookie': ['a=1', 'b=2'], 'x-num': 5, 'X-Upper': 'v',
                   'x-multi': ['p', 'q'], 'content-type': 'text/plain' });
  stream.end();
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({ ':path': '/', 'x-dup': ['a', 'b'], 'accept': ['x', 'y'], 'x-n': 7 });
  req.on('response', (h, flags, raw) => {
    const o = { ...h };
    delete o.date;
    console.log('client', JSON.stringify(o), typeof flags);
    console.log('raw', JSON.stringify(raw.filter((v, i) => raw[i - (i % 2)] !== 'date')));
  });
  req.resume();
  req.on('end', () => { client.close(); server.close(); });
});
