// Event order on server and client for a compat POST with trailers (each side's order; the two
// sides interleave by timing, so each log is printed on its own at the end).
const { serve } = require('./_h');
const logs = { server: [], client: [] };
serve({}, (req, res) => {
  const log = (s) => logs.server.push(s);
  req.on('data', (d) => log('req data ' + d));
  req.on('end', () => { log('req end ' + JSON.stringify(req.trailers)); res.end('r'); });
  req.on('close', () => log('req close'));
  res.on('finish', () => log('res finish'));
  res.on('close', () => log('res close'));
}, (client, done) => {
  const req = client.request({ ':path': '/', ':method': 'POST' }, { waitForTrailers: true });
  const log = (s) => logs.client.push(s);
  req.on('wantTrailers', () => { log('wantTrailers'); req.sendTrailers({ 'x-t': '1' }); });
  req.on('response', () => log('response'));
  req.on('data', (d) => log('data ' + d));
  req.on('end', () => log('end'));
  req.on('close', () => {
    log('close');
    setTimeout(() => { console.log('server:', logs.server.join(' | ')); console.log('client:', logs.client.join(' | ')); done(); }, 30);
  });
  req.end('hello');
});
