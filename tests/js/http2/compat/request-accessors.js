// Http2ServerRequest: url/method setters, authority from host, scheme, httpVersion*, socket/connection, stream.
const { serve, fetch, http2 } = require('./_h');
serve({}, (req, res) => {
  console.log(req.url, req.method, req.authority.replace(/\d+$/, 'PORT'), req.scheme, req.httpVersion, req.httpVersionMajor, req.httpVersionMinor);
  console.log(req.stream === res.stream, req.socket === res.socket, req.connection === req.socket);
  console.log(req.stream instanceof require('stream').Duplex, typeof req.socket.remoteAddress);
  req.url = '/rewritten';
  console.log(req.url, req.headers[':path']);
  req.method = 'PUT';
  console.log(req.method);
  try { req.method = 5; } catch (e) { console.log(e.name, e.code, e.message); }
  try { req.method = ''; } catch (e) { console.log(e.name, e.code, e.message); }
  console.log(req.complete, req.aborted, req.readable);
  res.end();
}, (client, done) => {
  fetch(client, { ':path': '/orig?q=1', ':method': 'GET' }, null, () => done());
});
