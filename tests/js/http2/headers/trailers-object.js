// Trailers received on both sides: null prototype, lower-cased names, flags, invalid trailers rejected.
const { serve, http2 } = require('./_h');
serve((stream) => {
  stream.on('trailers', (t, flags) => console.log('server trailers', Object.getPrototypeOf(t), JSON.stringify(t), flags));
  stream.respond({ ':status': 200 }, { waitForTrailers: true });
  stream.on('wantTrailers', () => {
    for (const t of [{ ':status': 200 }, { 'bad name': 1 }, 'x']) {
      try { stream.sendTrailers(t); console.log('sent'); } catch (e) { console.log('sendTrailers', e.name, e.code, e.message); }
    }
    stream.sendTrailers({ 'X-Server-T': 'st', 'x-list': ['a', 'b'] });
  });
  stream.resume();
  stream.on('end', () => stream.end('body'));
}, (client, done) => {
  const req = client.request({ ':path': '/', ':method': 'POST' }, { waitForTrailers: true });
  req.on('wantTrailers', () => req.sendTrailers({ 'X-Client-T': 'ct' }));
  req.end('x');
  req.on('trailers', (t, flags) => console.log('client trailers', Object.getPrototypeOf(t), JSON.stringify(t), flags));
  req.resume();
  req.on('end', done);
});
