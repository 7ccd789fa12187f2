// localSettings / remoteSettings getters before and after the SETTINGS exchange; the objects are
// plain (not null-prototype) snapshots.
const http2 = require('http2');
const server = http2.createServer({ settings: { maxConcurrentStreams: 77, headerTableSize: 1000 } });
server.on('stream', (stream) => { stream.respond(); stream.end(); });
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`, { settings: { initialWindowSize: 5000 } });
  client.on('remoteSettings', () => {
    const r = client.remoteSettings;
    const l = client.localSettings;
    console.log('remote', r.maxConcurrentStreams, r.headerTableSize, Object.getPrototypeOf(r) === Object.prototype);
    console.log('local', typeof l.initialWindowSize, typeof l.enablePush);
    console.log('same object twice', client.remoteSettings === client.remoteSettings);
    const req = client.request();
    req.resume();
    req.on('close', () => { client.close(); server.close(); });
  });
});
