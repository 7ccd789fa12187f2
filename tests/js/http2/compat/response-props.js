// @env NODE_NO_WARNINGS=1
// Http2ServerResponse: req, socket, stream, statusMessage, sendDate, writable* before and after end.
process.on('warning', (w) => console.log('warning', w.name, w.message));
const { serve, fetch } = require('./_h');
serve({}, (req, res) => {
  console.log(res.req === req, res.stream === req.stream, res.socket === req.socket);
  console.log(JSON.stringify(res.statusMessage), res.sendDate, res.statusCode, res.headersSent, res.finished, res.writableEnded);
  console.log(typeof res.writableHighWaterMark, res.writableLength, res.writableCorked, res.writableFinished);
  res.statusCode = 404;
  res.sendDate = 0;
  console.log(res.statusCode, res.sendDate);
  res.on('finish', () => console.log('finish', res.finished, res.writableEnded, res.writableFinished));
  res.on('close', () => console.log('close', res.headersSent));
  res.end('x', () => console.log('end cb'));
  console.log('after end', res.finished, res.writableEnded, res.headersSent);
}, (client, done) => {
  fetch(client, { ':path': '/' }, null, (out) => { console.log(out.headers[':status'], 'date' in out.headers); setTimeout(done, 50); });
});
