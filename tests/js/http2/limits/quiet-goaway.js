// Two defences after which node sends a GOAWAY but emits no 'error' / 'sessionError': the
// rapid-reset limit (1100 x HEADERS + RST_STREAM: GOAWAY INTERNAL_ERROR, last stream 2001) and
// maxSettings (one SETTINGS frame with 33 entries: GOAWAY ENHANCE_YOUR_CALM).
const http2 = require('http2');
const { headers, rst, settings, rawClient, GET } = require('./_rawpeer');

function run(name, frames, next) {
  console.log(`--- ${name}`);
  const server = http2.createServer();
  let streams = 0;
  server.on('stream', () => { streams++; });
  server.on('sessionError', (e) => console.log('sessionError', e.code));
  server.on('session', (s) => {
    s.on('error', (e) => console.log('session error', e.code, e.message));
    s.on('goaway', (code) => console.log('session goaway', code));
    s.on('close', () => console.log('session close', s.destroyed));
  });
  server.listen(0, () => {
    rawClient(server.address().port, frames, () => {
      console.log('streams seen > 0:', streams > 0);
      server.close(next);
    }, true);
  });
}

const reset = [];
for (let i = 1; i < 2 * 1100; i += 2) reset.push(headers(i, GET, false), rst(i, 8));
const many = settings(Array.from({ length: 33 }, () => [1, 4096]));
run('rapid reset', reset, () => run('maxSettings', [many]));
