// :status as string or number; respond() adds date unless sendDate false; 204/304 with a body are rejected by end.
const { serve } = require('./_h');
serve((stream, headers) => {
  const p = headers[':path'];
  if (p === '/str') stream.respond({ ':status': '201' });
  else if (p === '/nodate') stream.respond({ ':status': 200 }, { sendDate: false });
  else if (p === '/default') stream.respond();
  else stream.respond({ ':status': 200, date: 'Mon, 01 Jan 2001 00:00:00 GMT' });
  stream.end();
}, (client, done) => {
  const paths = ['/str', '/nodate', '/default', '/own'];
  let i = 0;
  const next = () => {
    const p = paths[i++];
    if (!p) return done();
    const req = client.request({ ':path': p });
    req.on('response', (h) => console.log(p, typeof h[':status'], h[':status'], p === '/own' ? h.date : 'date' in h));
    req.resume();
    req.on('end', next);
  };
  next();
});
