// ECONNREFUSED on a host *name* (lookup event, autoSelectFamily on and off). Where localhost has
// both ::1 and 127.0.0.1, Node 20 reports an AggregateError with one error per attempt.
const net = require('net');
const P = (s, port) => String(s).split(String(port)).join('PORT');
const probe = net.createServer().listen(0, '127.0.0.1', () => {
  const port = probe.address().port;
  probe.close(() => {
    const c = net.connect(port, 'localhost');
    c.on('lookup', (err, address, family, host) => console.log('lookup', err, typeof address, typeof family, host));
    c.on('error', (e) => {
      console.log('error', e.constructor.name, e.name, e.code, JSON.stringify(P(e.message, port)), Object.keys(e).join(','));
      for (const sub of e.errors || []) {
        console.log(' sub', sub.code, sub.syscall, sub.address, P(sub.message, port));
      }
    });
    c.on('close', (hadError) => {
      console.log('close', hadError);
      const d = net.connect({ port, host: 'localhost', autoSelectFamily: false, family: 4 });
      d.on('error', (e) => console.log('single', e.constructor.name, e.code, P(e.message, port), e.errors));
    });
  });
});
