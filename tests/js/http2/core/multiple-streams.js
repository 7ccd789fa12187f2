// Many concurrent requests on one session, ids in order, every body intact.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream, headers) => {
  stream.respond({ ':status': 200 });
  stream.end(`reply to ${headers[':path']}`);
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const N = 150;
  let left = N;
  const ids = [];
  const bodies = new Set();
  for (let i = 0; i < N; i++) {
    const req = client.request({ ':path': `/${i}` });
    req.on('ready', () => ids.push(req.id));
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d) => { body += d; });
    req.on('end', () => {
      bodies.add(body);
      if (--left === 0) {
        console.log('bodies', bodies.size, bodies.has('reply to /0'), bodies.has(`reply to /${N - 1}`));
        console.log('ids ascending', ids.every((id, k) => k === 0 || id > ids[k - 1]), ids[0]);
        client.close();
        server.close();
      }
    });
  }
});
