// setLocalWindowSize: argument errors, then a real change seen in session.state.
const http2 = require('http2');
const server = http2.createServer();
function t(label, f) {
  try { f(); console.log(label, 'ok'); } catch (e) { console.log(label, e.constructor.name, e.code, e.message); }
}
server.on('stream', (stream) => { stream.respond(); stream.end(); });
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('connect', () => {
    t('string', () => client.setLocalWindowSize('1'));
    t('negative', () => client.setLocalWindowSize(-1));
    t('too-big', () => client.setLocalWindowSize(2 ** 31));
    t('float', () => client.setLocalWindowSize(1.5));
    t('none', () => client.setLocalWindowSize());
    console.log('before', client.state.localWindowSize);
    t('grow', () => client.setLocalWindowSize(1 << 20));
    console.log('after', client.state.localWindowSize);
    t('shrink', () => client.setLocalWindowSize(1000));
    console.log('after shrink', client.state.localWindowSize);
    client.close(() => server.close());
  });
});
