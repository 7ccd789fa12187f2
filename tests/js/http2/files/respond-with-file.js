// respondWithFile: content-length from stat, statCheck adding headers, offset/length.
const http2 = require('http2');
const fs = require('fs');
const path = require('path');
const os = require('os');
const file = path.join(os.tmpdir(), `nc-h2-file-${process.pid}.txt`);
fs.writeFileSync(file, '0123456789abcdef');
const server = http2.createServer();
server.on('stream', (stream, headers) => {
  const p = headers[':path'];
  if (p === '/full') {
    stream.respondWithFile(file, { 'content-type': 'text/plain' }, {
      statCheck(stat, h) { h['x-size'] = stat.size; },
    });
  } else if (p === '/part') {
    stream.respondWithFile(file, {}, { offset: 4, length: 6 });
  } else {
    stream.respondWithFile(file + '.missing', {}, {
      onError(err) {
        console.log('onError', err.code);
        stream.respond({ ':status': 404 });
        stream.end();
      },
    });
  }
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  let left = 3;
  const log = [];  // three streams complete in scheduling order: print sorted
  for (const p of ['/full', '/part', '/missing']) {
    const req = client.request({ ':path': p });
    let body = '';
    req.setEncoding('utf8');
    req.on('response', (h) => log.push(`${p} ${h[':status']} ${h['content-length']} ${h['x-size']} ${h['content-type']}`));
    req.on('data', (d) => { body += d; });
    req.on('end', () => {
      log.push(`${p} body ${JSON.stringify(body)}`);
      if (--left === 0) {
        console.log(log.sort().join('\n'));
        fs.unlinkSync(file);
        client.close();
        server.close();
      }
    });
  }
});
