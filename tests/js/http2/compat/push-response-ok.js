// createPushResponse with pushes enabled: the pushed Http2ServerResponse writes headers and body.
const { http2 } = require('./_h');
const server = http2.createServer((req, res) => {
  res.createPushResponse({ ':path': '/style.css', 'x-p': 'hdr' }, (err, pushRes) => {
    console.log('cb', err, pushRes instanceof http2.Http2ServerResponse, pushRes.req === undefined, pushRes.headersSent);
    pushRes.setHeader('content-type', 'text/css');
    pushRes.statusCode = 200;
    pushRes.end('body{}', () => console.log('push end cb'));
    res.end('<html>');
  });
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  // DATA of the pushed stream and of its parent may interleave either way: print each stream's log at the end
  let pending = 2;
  const logs = { push: [], main: [] };
  const fin = () => {
    if (--pending > 0) return;
    console.log(logs.main.join('|'), logs.push.join('|'));
    client.close(); server.close();
  };
  client.on('stream', (pushed, headers) => {
    console.log('pushed', headers[':path'], headers['x-p']);
    pushed.on('push', (h) => console.log('push headers', h[':status'], h['content-type']));
    pushed.setEncoding('utf8');
    pushed.on('data', (d) => logs.push.push(d));
    pushed.on('end', fin);
  });
  const req = client.request({ ':path': '/' });
  req.setEncoding('utf8');
  req.on('data', (d) => logs.main.push(d));
  req.on('end', fin);
});
