// setNextStreamID: validation errors; the next request gets the id asked for.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream) => { stream.respond(); stream.end(String(stream.id)); });
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  for (const v of ['x', 0, -1]) {
    try { client.setNextStreamID(v); console.log(v, 'ok'); } catch (e) { console.log(v, e.constructor.name, e.code, e.message); }
  }
  client.on('connect', () => {
    client.setNextStreamID(41);
    const req = client.request();
    req.setEncoding('utf8');
    req.on('data', (d) => console.log('server saw id', d, 'client id', req.id));
    req.on('close', () => { client.close(); server.close(); });
  });
});
