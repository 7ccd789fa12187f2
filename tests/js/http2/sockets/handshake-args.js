// performServerHandshake argument errors and the session it returns (options, type, server undefined).
const http2 = require('http2');
const { duplexPair } = require('stream');
for (const [label, f] of [
  ['options str', () => http2.performServerHandshake(duplexPair()[0], 'x')],
  ['bad settings', () => http2.performServerHandshake(duplexPair()[0], { settings: { enablePush: 1 } })],
  ['bad option', () => http2.performServerHandshake(duplexPair()[0], { maxSessionMemory: -1 })],
]) {
  try { const s = f(); console.log(label, 'ok', s.constructor.name); s.destroy(); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
const [a, b] = duplexPair();
const s = http2.performServerHandshake(b);
console.log(s.constructor.name, s.type, s.server, s.encrypted, s.alpnProtocol);
const c = http2.connect('http://x.test', { createConnection: () => a });
c.on('remoteSettings', (st) => {
  console.log('client got settings', st.initialWindowSize); // enablePush: docs/engine-requests.md item 10
  c.close();
  s.close();
});
