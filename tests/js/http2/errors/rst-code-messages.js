// The server resets streams with each HTTP/2 error code: the client stream's 'error' class,
// code and message (NO_ERROR and CANCEL give no error), and rstCode.
const http2 = require('http2');
const server = http2.createServer();
const serverErrors = [];
server.on('stream', (stream, headers) => {
  stream.on('error', (e) => serverErrors.push(`${headers['x-code']} ${e.code} ${e.message}`));
  stream.close(Number(headers['x-code']));
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const out = [];
  let left = 14;
  for (let code = 0; code < 14; code++) {
    const req = client.request({ 'x-code': String(code) });
    req.on('error', (e) => out[code] = `${code} ${e.constructor.name} ${e.code} ${e.message}`);
    req.resume();
    req.on('close', () => {
      if (out[code] === undefined) out[code] = `${code} no error, rstCode ${req.rstCode}`;
      if (--left === 0) { console.log(out.join('\n')); console.log(serverErrors.sort().join('\n')); client.close(); server.close(); }
    });
  }
});
