// Shared by the file programs: a temp file, a server whose 'stream' handler is given, sequential GETs.
const http2 = require('http2');
const fs = require('fs');
const path = require('path');
const os = require('os');
exports.http2 = http2;
exports.fs = fs;
exports.tmp = (name, content) => {
  const file = path.join(os.tmpdir(), `nc-h2-${name}-${process.pid}`);
  fs.writeFileSync(file, content);
  process.on('exit', () => { try { fs.unlinkSync(file); } catch {} });
  return file;
};
exports.serve = (onStream, paths, done) => {
  const server = http2.createServer();
  server.on('stream', onStream);
  server.listen(0, () => {
    const client = http2.connect(`http://localhost:${server.address().port}`);
    let i = 0;
    const next = () => {
      const p = paths[i++];
      if (p === undefined) { client.close(); server.close(); if (done) done(); return; }
      const req = client.request({ ':path': p });
      let body = '';
      let head = null;
      req.setEncoding('utf8');
      req.on('response', (h) => { head = h; });
      req.on('trailers', (t) => console.log(p, 'trailers', JSON.stringify(t)));
      req.on('data', (d) => { body += d; });
      req.on('error', (e) => console.log(p, 'client error', e.code));
      req.on('close', () => {
        console.log(p, head && head[':status'], head && head['content-length'], head && head['content-type'],
                    JSON.stringify(body), req.rstCode);
        next();
      });
    };
    next();
  });
};
