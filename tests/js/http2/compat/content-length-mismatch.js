// ENGINE (docs/engine-requests.md): content-length mismatch is a stream error (RST PROTOCOL_ERROR) in
// nghttp2; the engine fails the whole session ("Protocol error") and every stream with it.
// A response body longer or shorter than its content-length: the Node client resets the stream with
// PROTOCOL_ERROR (malformed message); other streams on the session are unaffected.
const { serve } = require('./_h');
serve({}, (req, res) => {
  res.on('error', (e) => console.log('server res error', e.code));
  req.stream.on('error', (e) => console.log(req.url, 'server stream error', e.code));
  if (req.url === '/long') { res.writeHead(200, { 'content-length': 2 }); res.end('much longer'); }
  else if (req.url === '/short') { res.writeHead(200, { 'content-length': 20 }); res.end('short'); }
  else res.end('fine');
}, (client, done) => {
  const results = [];
  let left = 3;
  for (const p of ['/long', '/short', '/ok']) {
    const req = client.request({ ':path': p });
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d) => { body += d; });
    req.on('error', (e) => results.push(`${p} error ${e.code} ${e.message}`));
    req.on('close', () => {
      results.push(`${p} close rst=${req.rstCode} body=${JSON.stringify(body)}`);
      if (--left === 0) { console.log(results.sort().join('\n')); setTimeout(done, 30); }
    });
  }
});
