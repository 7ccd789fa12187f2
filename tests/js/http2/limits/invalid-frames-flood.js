// maxSessionInvalidFrames: empty DATA frames (no END_STREAM) are invalid frames. Node fails the
// session on the (max+2)-th one with GOAWAY(INTERNAL_ERROR) and an NghttpError whose code is
// ERR_HTTP2_TOO_MANY_INVALID_FRAMES (errno -902); at max+1 nothing happens.
const http2 = require('http2');
const util = require('util');
const { headers, data, rawClient, POST } = require('./_rawpeer');

function run(n, next) {
  console.log(`--- ${n} empty DATA frames`);
  const server = http2.createServer({ maxSessionInvalidFrames: 3 });
  server.on('stream', (stream) => {
    stream.on('error', (e) => console.log('stream error', e.code));
    stream.on('close', () => console.log('stream close', stream.rstCode));
    stream.on('data', () => {});
  });
  server.on('sessionError', (e) => console.log('sessionError', e.code));
  server.on('session', (s) => {
    s.on('error', (e) => {
      console.log('session error', e.constructor.name, e.name, e.code, e.errno, e.message);
      console.log(String(e), Object.keys(e));
      console.log(util.inspect(e).split('\n').filter((l) => !/^\s+at /.test(l)).join('|'));
    });
    s.on('goaway', (code) => console.log('session goaway', code));
    s.on('close', () => console.log('session close'));
  });
  server.listen(0, () => {
    const frames = [headers(1, POST, false)];
    for (let i = 0; i < n; i++) frames.push(data(1, Buffer.alloc(0), false));
    const sock = rawClient(server.address().port, frames, () => server.close(next));
    // Below the limit the session stays up: end it from our side once the server has read it all.
    if (n <= 4) setTimeout(() => sock.end(), 300);
  });
}

run(4, () => run(5, () => run(12)));
