// After the stream has closed: res.write/end/writeHead/setHeader behave as Node's (no throw, false/this),
// and res.stream/res.socket/req.stream are still readable.
const { serve } = require('./_h');
serve({}, (req, res) => {
  res.end('done');
  res.on('close', () => {
    console.log('closed; headersSent', res.headersSent, 'finished', res.finished);
    console.log('write', res.write('x'));
    console.log('end returns res', res.end('y') === res);
    console.log('writeHead returns res', res.writeHead(200) === res);
    try { res.setHeader('x-a', '1'); console.log('setHeader ok'); } catch (e) { console.log('setHeader', e.code); }
    console.log('stream', typeof res.stream, 'req.stream', typeof req.stream);
  });
}, (client, done) => {
  const req = client.request({ ':path': '/' });
  req.resume();
  req.on('close', () => setTimeout(done, 50));
});
