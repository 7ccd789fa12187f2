// client.request(): header and option validation errors (class, code, message); a bad header
// name destroys the session and cancels its open streams.
const http2 = require('http2');
const server = http2.createServer((req, res) => res.end());
// The stream request() made before failing emits the cancel error with no listener.
process.on('uncaughtException', (e) => console.log('uncaught', e.code, e.message));
function t(label, f) {
  try {
    const r = f();
    console.log(label, 'ok', r && r.constructor && r.constructor.name);
    if (r && r.close) {
      r.on('error', (e) => console.log(label, 'stream error', e.code));
      r.close();
    }
  } catch (e) {
    console.log(label, e.constructor.name, e.code, e.message);
  }
}
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('connect', () => {
    t('endStream', () => client.request({}, { endStream: 1 }));
    t('weight', () => client.request({}, { weight: 'x' }));
    t('parent', () => client.request({}, { parent: 'x' }));
    t('exclusive', () => client.request({}, { exclusive: 1 }));
    t('silent', () => client.request({}, { silent: 1 }));
    t('waitForTrailers', () => client.request({}, { waitForTrailers: 'x' }));
    t('signal', () => client.request({}, { signal: 1 }));
    t('connection', () => client.request({ connection: 'keep-alive' }));
    t('upgrade', () => client.request({ upgrade: 'h2c' }));
    t('keep-alive', () => client.request({ 'keep-alive': '1' }));
    t('proxy-connection', () => client.request({ 'proxy-connection': '1' }));
    t('transfer-encoding', () => client.request({ 'transfer-encoding': 'chunked' }));
    t('te-gzip', () => client.request({ te: 'gzip' }));
    t('te-trailers', () => client.request({ te: 'trailers' }));
    t('path-array', () => client.request({ ':path': ['/a', '/b'] }));
    t('ctype-array', () => client.request({ 'content-type': ['a', 'b'] }));
    t('undefined-value', () => client.request({ 'x-a': undefined }));
    t('null-value', () => client.request({ 'x-a': null }));
    t('status-in-request', () => client.request({ ':status': 200 }));
    t('unknown-pseudo', () => client.request({ ':bar': 'x' }));
    t('connect-no-authority', () => client.request({ ':method': 'CONNECT' }));
    t('connect-with-path', () => client.request({ ':method': 'CONNECT', ':authority': 'a:1', ':path': '/' }));
    t('connect-with-scheme', () => client.request({ ':method': 'CONNECT', ':authority': 'a:1', ':scheme': 'http' }));
    t('ok', () => client.request({ 'x-list': ['a', 'b'] }));
    // An invalid header name destroys the whole session (Node quirk): keep it last.
    t('bad-name', () => client.request({ 'bad name': 'x' }));
    console.log('destroyed', client.destroyed);
    client.close();
    server.close();
  });
});
