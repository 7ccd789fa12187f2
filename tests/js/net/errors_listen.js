// listen()/close() errors: EADDRINUSE on the default (dual-stack) host with Node's message and
// fields, ERR_SERVER_ALREADY_LISTEN, ERR_SERVER_NOT_RUNNING, bad port/backlog arguments.
const net = require('net');
const P = (s, port) => String(s).split(String(port)).join('PORT');
const a = net.createServer();
a.listen(0, () => {
  const port = a.address().port;
  console.log('family', a.address().family, a.address().address);
  try { a.listen(0); } catch (e) { console.log('again', e.name, e.code, e.message); }
  const b = net.createServer();
  b.on('listening', () => console.log('unexpected listening'));
  b.on('error', (e) => {
    console.log('inuse', e.constructor.name, e.code, e.errno, e.syscall, e.address, e.port === port,
                P(e.message, port), Object.keys(e).join(','), b.listening, b.address());
    b.close((err) => {
      console.log('close of failed server', err && err.code, err && err.message);
      a.close((err2) => {
        console.log('a closed', err2);
        a.close((err3) => console.log('second close', err3.name, err3.code, err3.message));
      });
    });
  });
  b.listen(port);
});
for (const bad of [65536, -1, 1.5, true]) {
  try { net.createServer().listen(bad); } catch (e) { console.log('listen', JSON.stringify(bad), e.code, e.message); }
}
try { net.connect({ port: 'x' }); } catch (e) { console.log('connect', e.code, e.message); }
try { net.connect({}); } catch (e) { console.log('connect {}', e.code, e.message); }
