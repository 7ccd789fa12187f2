// An HTTP/1.1 client disconnects mid-body: the request emits 'aborted' and 'close', req.complete stays false.
const { server, h1 } = require('./_h');
const srv = server({}, (req, res) => {
  req.on('data', (d) => console.log('data', String(d)));
  req.on('aborted', () => console.log('aborted', req.aborted, req.complete));
  req.on('close', () => { console.log('req close', req.complete); srv.close(); });
  req.on('error', (e) => console.log('req error', e.code, e.message));
});
srv.listen(0, () => {
  h1(srv.address().port, (sock) => {
    sock.write('POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100\r\n\r\npartial');
    sock.once('secureConnect', () => setTimeout(() => sock.destroy(), 200));
  }, () => {});
});
