// respondWithFD with an fd the caller owns; the fd stays open afterwards.
const http2 = require('http2');
const fs = require('fs');
const path = require('path');
const os = require('os');
const file = path.join(os.tmpdir(), `nc-h2-fd-${process.pid}.txt`);
fs.writeFileSync(file, 'fd body');
const fd = fs.openSync(file, 'r');
const server = http2.createServer();
server.on('stream', (stream) => {
  const stat = fs.fstatSync(fd);
  stream.respondWithFD(fd, { 'content-length': stat.size, 'content-type': 'text/plain' });
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({ ':path': '/' });
  req.setEncoding('utf8');
  let body = '';
  req.on('response', (h) => console.log(h[':status'], h['content-length']));
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    console.log('body', body);
    console.log('fd still open', fs.fstatSync(fd).size);
    fs.closeSync(fd);
    fs.unlinkSync(file);
    client.close();
    server.close();
  });
});
