// Two SETTINGS frames from the peer that arrive in one read: each 'remoteSettings' event shows
// its own frame's values (the binding's SETTINGS record carries them).
// Over a duplexPair: localSettings/remoteSettings events, settings() with a callback, goaway on close.
const http2 = require('http2');
const { duplexPair } = require('stream');
const [a, b] = duplexPair();
const server = http2.performServerHandshake(b, { settings: { maxConcurrentStreams: 7 } });
server.on('localSettings', (s) => console.log('server localSettings', s.maxConcurrentStreams));
server.on('remoteSettings', (s) => console.log('server remoteSettings', s.initialWindowSize));
server.on('goaway', (code) => console.log('server goaway', code));
const client = http2.connect('http://pair.test', { createConnection: () => a, settings: { initialWindowSize: 1000 } });
client.once('remoteSettings', (s) => {
  console.log('client remoteSettings', s.maxConcurrentStreams);
  client.settings({ initialWindowSize: 2000 }, (err, settings, duration) => {
    console.log('settings cb', err, settings.initialWindowSize, typeof duration);
    client.close(() => console.log('client closed'));
  });
});
