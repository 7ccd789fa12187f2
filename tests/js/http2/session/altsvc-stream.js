// altsvc() on a stream id: the client's 'altsvc' event gets (alt, origin '', streamId); an
// altsvc for an origin arrives with streamId 0.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream) => {
  stream.session.altsvc('h2=":9000"', stream.id);
  stream.session.altsvc('h2=":9001"', { origin: 'https://example.com' });
  stream.respond();
  setTimeout(() => stream.end(), 30);
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const seen = [];
  client.on('altsvc', (alt, origin, id) => seen.push(`${alt} [${origin}] ${id}`));
  const req = client.request();
  req.resume();
  req.on('close', () => { console.log(seen.join('\n')); client.close(); server.close(); });
});
