// HTTP/1 writeHead with headers only given to writeHead: bad names/values throw as Node's processHeader.
const { server, h1 } = require('./_h');
const srv = server({}, (req, res) => {
  for (const [label, h] of [['bad name', { 'a b': '1' }], ['bad value', { 'x-v': 'a\rb' }], ['undefined', { 'x-u': undefined }],
    ['array bad', ['x-ok', '1', 'bad name', '2']]]) {
    try { res.writeHead(200, h); console.log(label, 'no throw'); break; } catch (e) { console.log(label, e.name, e.code, e.message, res.headersSent); }
  }
  if (!res.headersSent) res.writeHead(200, { 'x-final': 'f' });
  res.end('ok');
});
srv.listen(0, () => {
  h1(srv.address().port, 'GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n', (text) => {
    console.log(JSON.stringify(text));
    srv.close();
  });
});
