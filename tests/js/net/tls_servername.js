// Client servername: null before the handshake, the SNI sent (or false) after; the server's view.
const tls = require('tls'); const fs=require('fs');
const F=(n)=>fs.readFileSync(require('path').join(__dirname, 'fixtures', n));
const server = tls.createServer({ key: F('server-key.pem'), cert: F('server-cert.pem') }, (s) => { console.log('server sees', s.servername); s.end(); });
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  for (const o of [{host:'localhost'}, {host:'127.0.0.1'}, {host:'127.0.0.1', servername:'x.test'}, {host:'localhost', servername:''}]) {
    await new Promise((res) => {
      const c = tls.connect({ port, rejectUnauthorized: false, ...o }, () => console.log('secure', JSON.stringify(o), c.servername));
      console.log('before', JSON.stringify(o), c.servername);
      c.on('data', ()=>{}); c.on('close', res);
    });
  }
  const s2 = new tls.TLSSocket(null); console.log('bare', s2.servername);
  server.close();
});
