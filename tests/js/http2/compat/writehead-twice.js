// writeHead after headers are sent throws ERR_HTTP2_HEADERS_SENT; bad status codes throw ERR_HTTP2_STATUS_INVALID.
const { serve, fetch } = require('./_h');
serve({}, (req, res) => {
  for (const code of [99, 600, 1000]) {
    try { res.writeHead(code); console.log('no throw', code); } catch (e) { console.log(code, e.name, e.code, e.message); }
  }
  try { res.statusCode = 101; } catch (e) { console.log('101', e.name, e.code, e.message); }
  try { res.statusCode = 700; } catch (e) { console.log('700', e.name, e.code, e.message); }
  res.writeHead(200);
  try { res.writeHead(201); } catch (e) { console.log('again', e.name, e.code, e.message); }
  try { res.setHeader('x', '1'); } catch (e) { console.log('setHeader', e.name, e.code, e.message); }
  try { res.appendHeader('x', '1'); } catch (e) { console.log('appendHeader', e.name, e.code, e.message); }
  try { res.removeHeader('x'); } catch (e) { console.log('removeHeader', e.name, e.code, e.message); }
  res.end('x');
}, (client, done) => {
  fetch(client, { ':path': '/' }, null, (out) => { console.log(out.headers[':status'], out.body); done(); });
});
