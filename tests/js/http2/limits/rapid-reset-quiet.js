// The rapid-reset defence: 1100 x (HEADERS + RST_STREAM) make the server send GOAWAY(INTERNAL_ERROR,
// last stream 2001, more if a second boundary refills nghttp2's token bucket) and node emits no
// 'error' / 'sessionError' for it (nor a 'goaway').
const http2 = require('http2');
const { headers, rst, rawClient, GET } = require('./_rawpeer');

const server = http2.createServer();
let streams = 0;
server.on('stream', () => { streams++; });
server.on('sessionError', (e) => console.log('sessionError', e.code));
server.on('session', (s) => {
  s.on('error', (e) => console.log('session error', e.code, e.message));
  s.on('goaway', (code) => console.log('session goaway', code));
});
server.listen(0, () => {
  const frames = [];
  for (let i = 1; i < 2 * 1100; i += 2) frames.push(headers(i, GET, false), rst(i, 8));
  // node keeps its end open after that GOAWAY (and never closes the session): close ours
  rawClient(server.address().port, frames, () => {
    console.log('streams seen > 0:', streams > 0);
    server.close();
  }, true, (id) => (id >= 2001 ? '>= 2001' : id));
});
