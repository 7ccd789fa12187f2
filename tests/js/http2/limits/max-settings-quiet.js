// The maxSettings defence: one SETTINGS frame with 33 entries makes the server send
// GOAWAY(ENHANCE_YOUR_CALM) and node emits no 'error' / 'sessionError' for it (nor a 'goaway').
const http2 = require('http2');
const { settings, rawClient } = require('./_rawpeer');

const server = http2.createServer();
server.on('sessionError', (e) => console.log('sessionError', e.code));
server.on('session', (s) => {
  s.on('error', (e) => console.log('session error', e.code, e.message));
  s.on('goaway', (code) => console.log('session goaway', code));
});
server.listen(0, () => {
  const frames = [settings(Array.from({ length: 33 }, () => [1, 4096]))];
  // node keeps its end open after that GOAWAY (and never closes the session): close ours
  rawClient(server.address().port, frames, () => {
    server.close();
  }, true);
});
