// IPC on Unix domain sockets: listen(path) (address() is the path), EADDRINUSE (port -1), connect(path),
// addresses undefined, ENOENT/ECONNREFUSED on connect, and the socket file removed on close.
const net = require('net'); const path = require('path'); const fs = require('fs'); const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nc-ipc-'));
const P = (s) => String(s).split(dir).join('DIR');
const sock = path.join(dir, 'a.sock');
const serverSaw = [];
const server = net.createServer((s) => {
  serverSaw.push(['server conn', s.remoteAddress, s.remotePort, s.remoteFamily, s.localAddress, s.localPort, JSON.stringify(s.address())].join(' '));
  s.on('data', (d) => s.end('echo:' + d));
});
server.listen(sock, () => {
  console.log('listening', P(server.address()), typeof server.address(), fs.existsSync(sock));
  const dup = net.createServer();
  dup.on('error', (e) => {
    console.log('dup error', e.code, e.errno, e.syscall, P(e.address), e.port, P(e.message));
    const c = net.connect(sock, () => {
      console.log('client connect', c.remoteAddress, c.remotePort, c.localAddress, JSON.stringify(c.address()));
      c.write('hi');
    });
    c.setEncoding('utf8');
    c.on('data', (d) => console.log('client data', d));
    c.on('close', () => {
      console.log(serverSaw.join('\n'));
      const bad = net.connect({ path: path.join(dir, 'missing.sock') });
      bad.on('error', (e) => console.log('missing error', e.code, e.errno, e.syscall, P(e.address), e.port, P(e.message)));
      bad.on('close', () => server.close(() => {
        console.log('closed, file exists:', fs.existsSync(sock));
        const notsock = path.join(dir, 'plain.txt'); fs.writeFileSync(notsock, 'x');
        const c2 = net.connect(notsock);
        c2.on('error', (e) => { console.log('not a socket', e.code, e.syscall, P(e.message)); fs.rmSync(dir, { recursive: true }); });
      }));
    });
  });
  dup.listen(sock);
});
