// session.settings(settings, cb): pendingSettingsAck while waiting, cb(err, settings, duration),
// 'localSettings' after the ACK, the peer's 'remoteSettings'; validation errors.
const http2 = require('http2');
const server = http2.createServer();
let rs = 0;
server.on('session', (s) => s.on('remoteSettings', (st) => {
  rs++;
  if (rs === 2) console.log('server remoteSettings', st.initialWindowSize, st.maxHeaderListSize);
}));
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('connect', () => {
    function t(label, f) { try { f(); console.log(label, 'ok'); } catch (e) { console.log(label, e.code, e.message); } }
    t('cb-not-fn', () => client.settings({}, 'x'));
    t('bad-window', () => client.settings({ initialWindowSize: -1 }));
    t('bad-push', () => client.settings({ enablePush: 'yes' }));
    t('bad-type', () => client.settings(5));
    let local = 0;
    client.on('localSettings', (st) => { local++; if (local === 2) console.log('localSettings', st.initialWindowSize); });
    client.settings({ initialWindowSize: 70000, maxHeaderListSize: 10000 }, (err, st, duration) => {
      console.log('cb', err, st.initialWindowSize, typeof duration, client.pendingSettingsAck);
      setTimeout(() => client.close(() => server.close()), 20);
    });
    console.log('pending', client.pendingSettingsAck);
  });
});
