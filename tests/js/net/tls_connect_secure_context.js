// tls.connect with a ready `secureContext` (as @grpc/grpc-js calls it): ALPNProtocols, servername,
// checkServerIdentity, rejectUnauthorized and session are the connection's, not the context's; a
// context's own ALPNProtocols are ignored. Server side: tls.Server's ALPNProtocols (its
// `secureContext` option is ignored), a server TLSSocket's own ALPNProtocols, and the server's
// ALPN kept across an SNI context switch (addContext).
const tls = require('tls'); const net = require('net'); const fs = require('fs'); const path = require('path');
const F = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));
const ca = F('ca.pem');
const cert = { key: F('server-key.pem'), cert: F('server-cert.pem') };

// One case: a server, one client; logs are printed client first, then server, once both closed.
function runCase(name, serverOpts, clientOpts, next, { rawServer = null } = {}) {
  const client = []; const server = [];
  let pending = 2;
  const done = (srv) => { if (--pending === 0) { console.log(name); for (const l of [...client, ...server]) console.log('  ' + l); srv.close(next); } };
  const onServerSocket = (s) => {
    s.on('secure', () => { server.push(`server secure alpn=${s.alpnProtocol} sni=${s.servername}`); s.end(); });
    s.on('error', (e) => server.push(`server error ${e.code}`));
    s.resume();
  };
  let srv;
  if (rawServer) {
    srv = net.createServer((raw) => {
      const s = new tls.TLSSocket(raw, { isServer: true, ...rawServer });
      onServerSocket(s);
      s.on('close', () => done(srv));
    });
  } else {
    srv = tls.createServer(serverOpts, (s) => {
      server.push(`server secureConnection alpn=${s.alpnProtocol} sni=${s.servername}`);
      s.end();
    });
    srv.on('tlsClientError', (e) => server.push(`server tlsClientError ${e.code}`));
    srv.on('connection', (raw) => raw.on('close', () => setImmediate(() => done(srv))));
  }
  srv.listen(0, '127.0.0.1', () => {
    const port = srv.address().port;
    const opts = clientOpts(port);
    const c = tls.connect(opts, () => {
      client.push(`client secureConnect alpn=${c.alpnProtocol} authorized=${c.authorized} ` +
                  `authErr=${c.authorizationError} servername=${c.servername} reused=${c.isSessionReused()}`);
    });
    c.on('error', (e) => client.push(`client error ${e.code || e.message}`));
    c.resume();
    c.on('close', () => done(srv));
  });
}

const clientCtx = tls.createSecureContext({ ca });
const tcp = (port) => net.connect(port, '127.0.0.1');
const h2server = { ...cert, ALPNProtocols: ['h2', 'http/1.1'] };
const cases = [
  ['socket + secureContext + ALPNProtocols + servername', h2server,
    (port) => ({ socket: tcp(port), secureContext: clientCtx, ALPNProtocols: ['h2'], servername: 'localhost' })],
  ['port + secureContext + ALPNProtocols', h2server,
    (port) => ({ port, host: '127.0.0.1', secureContext: clientCtx, ALPNProtocols: ['http/1.1'], servername: 'localhost' })],
  ['context ALPNProtocols overridden by the connection\'s', h2server,
    (port) => ({ port, host: '127.0.0.1', secureContext: tls.createSecureContext({ ca, ALPNProtocols: ['http/1.1'] }),
                 ALPNProtocols: ['h2'], servername: 'localhost' })],
  ['context ALPNProtocols alone are ignored', h2server,
    (port) => ({ port, host: '127.0.0.1', secureContext: tls.createSecureContext({ ca, ALPNProtocols: ['h2'] }),
                 servername: 'localhost' })],
  ['ALPNProtocols as a wire-format Buffer', h2server,
    (port) => ({ port, host: '127.0.0.1', secureContext: clientCtx, servername: 'localhost',
                 ALPNProtocols: Buffer.from('\x08http/1.1\x02h2', 'latin1') })],
  ['no servername: no SNI sent', h2server,
    (port) => ({ socket: tcp(port), secureContext: clientCtx, ALPNProtocols: ['h2'],
                 checkServerIdentity: () => undefined })],
  ['ca next to secureContext is ignored', h2server,
    (port) => ({ port, host: '127.0.0.1', secureContext: tls.createSecureContext({}), ca, servername: 'localhost' })],
  ['rejectUnauthorized false next to secureContext', h2server,
    (port) => ({ port, host: '127.0.0.1', secureContext: tls.createSecureContext({}), rejectUnauthorized: false,
                 servername: 'localhost', ALPNProtocols: ['http/1.1', 'h2'] })],
  ['checkServerIdentity next to secureContext', h2server,
    (port) => ({ port, host: '127.0.0.1', secureContext: clientCtx, servername: 'localhost', ALPNProtocols: ['h2'],
                 checkServerIdentity: (host, c) => new Error(`nope ${host} ${c.subject.CN}`) })],
  ['server ALPNProtocols; its secureContext option is ignored',
    { ...cert, ALPNProtocols: ['h2'], secureContext: tls.createSecureContext({ ...cert, ALPNProtocols: ['http/1.1'] }) },
    (port) => ({ port, host: '127.0.0.1', ca, servername: 'localhost', ALPNProtocols: ['http/1.1', 'h2'] })],
  ['server ALPN kept across an SNI switch (addContext)', h2server,
    (port) => ({ port, host: '127.0.0.1', secureContext: clientCtx, servername: 'sni.example.test', ALPNProtocols: ['x', 'h2'] })],
];

function rawCases(next) {
  const sctx = tls.createSecureContext({ ...cert, ALPNProtocols: ['http/1.1'] });
  runCase('server TLSSocket: its own ALPNProtocols', null,
    (port) => ({ port, host: '127.0.0.1', secureContext: clientCtx, servername: 'localhost', ALPNProtocols: ['http/1.1', 'h2'] }),
    () => runCase('server TLSSocket: context ALPNProtocols ignored', null,
      (port) => ({ port, host: '127.0.0.1', secureContext: clientCtx, servername: 'localhost', ALPNProtocols: ['http/1.1', 'h2'] }),
      next, { rawServer: { secureContext: sctx } }),
    { rawServer: { secureContext: sctx, ALPNProtocols: ['h2', 'x'] } });
}

// `session` next to a secureContext resumes (one server: its ticket keys are its own)
function sessionCase(maxVersion, next) {
  const server = tls.createServer({ ...h2server, maxVersion }, (s) => s.end('x'));
  server.listen(0, '127.0.0.1', () => {
    const port = server.address().port;
    const opts = { port, host: '127.0.0.1', secureContext: clientCtx, servername: 'localhost', ALPNProtocols: ['h2'] };
    let saved = null;
    const c = tls.connect(opts);
    c.on('session', (sess) => { saved = sess; });
    c.resume();
    c.on('close', () => {
      const c2 = tls.connect({ ...opts, session: saved }, () => {
        console.log(maxVersion, 'resumed', c2.isSessionReused(), c2.alpnProtocol, c2.authorized);
      });
      c2.resume();
      c2.on('close', () => server.close(next));
    });
  });
}

function step(i) {
  if (i === cases.length) {
    rawCases(() => sessionCase('TLSv1.3', () => sessionCase('TLSv1.2', () => {
      try {
        tls.connect({ port: 1, secureContext: clientCtx, ALPNProtocols: ['x'.repeat(256)] });
      } catch (e) {
        console.log(e.name, e.code, e.message);
      }
    })));
    return;
  }
  const [name, sopts, copts] = cases[i];
  if (name.includes('SNI')) {
    // the server's own certificate does not name sni.example.test: the SNI context's does
    const orig = tls.createServer;
    tls.createServer = (o, l) => {
      const s = orig(o, l);
      s.addContext('sni.example.test', { key: F('sni-key.pem'), cert: F('sni-cert.pem') });
      return s;
    };
    runCase(name, sopts, copts, () => { tls.createServer = orig; step(i + 1); });
    return;
  }
  runCase(name, sopts, copts, () => step(i + 1));
}
step(0);
