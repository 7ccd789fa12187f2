// createServer({ Http2ServerRequest, Http2ServerResponse }) subclasses are used for each request.
const { http2, fetch } = require('./_h');
class MyReq extends http2.Http2ServerRequest { get tag() { return 'myreq:' + this.url; } }
class MyRes extends http2.Http2ServerResponse { hello() { this.end('hello from subclass'); } }
const server = http2.createServer({ Http2ServerRequest: MyReq, Http2ServerResponse: MyRes }, (req, res) => {
  console.log(req instanceof MyReq, res instanceof MyRes, req.tag);
  res.hello();
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  fetch(client, { ':path': '/sub' }, null, (out) => { console.log(out.body); client.close(); server.close(); });
});
for (const opt of ['Http2ServerRequest', 'Http2ServerResponse']) {
  try { http2.createServer({ [opt]: 5 }); console.log(opt, 'no throw'); } catch (e) { console.log(opt, e.name, e.code, e.message); }
}
