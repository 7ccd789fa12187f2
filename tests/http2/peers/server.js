// node http2 server peer: prints "listening on PORT"; routes / (hello), /echo, /push, /trailers
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream, headers) => {
  const path = headers[':path'];
  const chunks = [];
  stream.on('data', (c) => chunks.push(c));
  stream.on('end', () => {
    const body = Buffer.concat(chunks);
    if (path === '/echo') { stream.respond({ ':status': 200 }); stream.end(body); return; }
    if (path === '/push') {
      stream.pushStream({ ':path': '/p.css' }, (err, ps) => {
        ps.respond({ ':status': 200 }); ps.end('pushed');
      });
      stream.respond({ ':status': 200 }); stream.end('main'); return;
    }
    if (path === '/trailers') {
      stream.respond({ ':status': 200 }, { waitForTrailers: true });
      stream.on('wantTrailers', () => stream.sendTrailers({ 'x-t': 'yes' }));
      stream.end('body'); return;
    }
    if (path === '/goaway') { stream.respond({ ':status': 200 }); stream.end('bye'); stream.session.goaway(0); return; }
    stream.respond({ ':status': 200 }); stream.end('hello');
  });
});
server.listen(Number(process.argv[2] || 0), '127.0.0.1', () => {
  console.log('listening on ' + server.address().port);
});
