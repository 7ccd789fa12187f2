// localSettings / remoteSettings events and the settings() callback.
const http2 = require('http2');
const serverLog = [];
const server = http2.createServer({ settings: { maxConcurrentStreams: 50, initialWindowSize: 100000 } });
server.on('session', (s) => {
  s.once('localSettings', (st) => serverLog.push(`server localSettings ${st.maxConcurrentStreams} ${st.initialWindowSize}`));
  s.once('remoteSettings', (st) => serverLog.push(`server remoteSettings ${st.enablePush} ${st.headerTableSize}`));
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`, { settings: { enablePush: false } });
  client.once('remoteSettings', (st) => {
    console.log('client remoteSettings', st.maxConcurrentStreams, st.initialWindowSize);
    console.log('client.remoteSettings', client.remoteSettings.maxConcurrentStreams);
    client.settings({ headerTableSize: 1000 }, (err, settings, duration) => {
      console.log('settings cb', err, settings.headerTableSize, typeof duration);
      console.log('pendingSettingsAck', client.pendingSettingsAck);
      client.close();
      server.close();
    });
    console.log('pendingSettingsAck after settings()', client.pendingSettingsAck);
  });
  client.once('localSettings', (st) => console.log('client localSettings', st.enablePush));
});
// The server's events interleave with the client's by timing: print them at the end.
process.on('exit', () => console.log(serverLog.sort().join('\n')));
