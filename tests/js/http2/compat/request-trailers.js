// req.trailers / req.rawTrailers fill in when the client sends trailers; 'end' sees them; complete flips.
const { serve } = require('./_h');
serve({}, (req, res) => {
  console.log('before', JSON.stringify(req.trailers), req.rawTrailers, req.complete);
  req.resume();
  req.on('end', () => {
    console.log('after', JSON.stringify(req.trailers), req.rawTrailers, req.complete, Object.getPrototypeOf(req.trailers));
    res.end('ok');
  });
}, (client, done) => {
  const req = client.request({ ':path': '/', ':method': 'PUT' }, { waitForTrailers: true });
  req.on('wantTrailers', () => req.sendTrailers({ 'X-Sum': 'abc', 'x-list': ['1', '2'] }));
  req.end('payload');
  req.resume();
  req.on('end', done);
});
