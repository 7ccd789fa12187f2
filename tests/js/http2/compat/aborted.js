// Client resets mid-request: req 'aborted' then 'close'; req.aborted true; res 'close' without 'finish'.
const { serve } = require('./_h');
serve({}, (req, res) => {
  res.write('partial');
  req.on('aborted', () => console.log('req aborted', req.aborted, req.complete));
  req.on('close', () => console.log('req close', req.aborted));
  res.on('close', () => console.log('res close', res.finished, res.writableEnded));
  res.on('finish', () => console.log('res finish (unexpected)'));
  res.on('error', (e) => console.log('res error', e.code));
  req.on('error', (e) => console.log('req error', e.code));
}, (client, done, server) => {
  const req = client.request({ ':path': '/', ':method': 'POST' });
  req.write('some');
  req.on('data', () => req.close(http2c.NGHTTP2_CANCEL));
  req.on('close', () => setTimeout(done, 50));
});
const http2c = require('http2').constants;
