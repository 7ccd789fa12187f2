// node http2 client for tests/http2/test_engine_features.py: node outstanding_client.js PORT
// Against a peer that never ACKs: maxOutstandingPings 2 / maxOutstandingSettings 2; prints one
// JSON object with what each ping/settings call and the session reported.
const http2 = require('http2');
const out = {};
const c = http2.connect('http://127.0.0.1:' + process.argv[2],
  { maxOutstandingPings: 2, maxOutstandingSettings: 2 });
c.on('error', (e) => { out.sessionError = e.code; });
c.on('close', () => console.log(JSON.stringify(out)));
c.on('connect', () => {
  for (let i = 0; i < 3; i++) c.ping((err) => { out['ping' + i] = err ? err.code : 'ok'; });
  setTimeout(() => {
    for (let i = 0; i < 3; i++) {
      try {
        c.settings({ headerTableSize: 100 + i }, (err) => { out['settings' + i] = err ? err.code : 'ok'; });
      } catch (e) { out['settings' + i] = e.code; }
    }
  }, 50);
  setTimeout(() => c.destroy(), 300);
});
