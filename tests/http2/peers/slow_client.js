// Client for tests/http2/test_engine_timeouts.py: a POST whose body comes in 12 pieces 50 ms
// apart; reads the (slow) response, then stays connected and idle for 800 ms before closing.
const http2 = require('http2');
const c = http2.connect('http://127.0.0.1:' + process.argv[2]);
const req = c.request({ ':method': 'POST', ':path': '/' });
let i = 0;
const t = setInterval(() => {
  if (++i > 12) { clearInterval(t); req.end(); return; }
  req.write('u');
}, 50);
req.on('data', () => {});
req.on('end', () => setTimeout(() => c.close(), 800));
