// The same request header block many times (clients repeat them), mixed with differing and
// sensitive ones: every 'stream' gets its own headers object and rawHeaders array, so what one
// handler changes is not seen by the next request with the same block.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream, headers, flags, raw) => {
  const own = { ...headers };
  delete own[':authority'];
  const rawShown = raw.filter((v, i) => raw[i - 1] !== ':authority' && v !== ':authority');
  console.log(JSON.stringify(own), JSON.stringify(headers[http2.sensitiveHeaders]),
              JSON.stringify(rawShown));
  raw.push('x-mutated', 'yes');
  headers['x-mutated'] = 'yes';
  headers[http2.sensitiveHeaders].push('x-mutated');
  stream.respond({ ':status': 200 });
  stream.end('ok');
});
server.listen(0, '127.0.0.1', async () => {
  const client = http2.connect(`http://127.0.0.1:${server.address().port}`);
  const reqs = [
    { ':path': '/a', 'x-a': '1' }, { ':path': '/a', 'x-a': '1' }, { ':path': '/b', 'x-a': '1' },
    { ':path': '/a', 'x-a': '1', cookie: 'k=v', [http2.sensitiveHeaders]: ['cookie'] },
    { ':path': '/a', 'x-a': '1', cookie: 'k=v', [http2.sensitiveHeaders]: ['cookie'] },
    { ':path': '/a', 'x-a': '1', 'set-cookie': ['s=1', 's=2'] },
    { ':path': '/a', 'x-a': '1', 'set-cookie': ['s=1', 's=2'] },
    { ':path': '/a', 'x-a': '1' },
  ];
  for (const h of reqs) {
    await new Promise((resolve) => {
      const req = client.request(h);
      req.resume();
      req.on('end', resolve);
      req.end();
    });
  }
  client.close();
  server.close();
});
