// @timeout 30
// http client (request/get, ClientRequest, IncomingMessage, CONNECT) against a raw net server.
const http = require('http');
const net = require('net');

const responses = {
  '/len': 'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: 5\r\nX-Dup: a\r\nX-Dup: b\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\n\r\nhello',
  '/chunked': 'HTTP/1.1 201 Created\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n4\r\ndefg\r\n0\r\nX-Trailer: yes\r\n\r\n',
  '/close': 'HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\nuntil the end',
  '/head': 'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 100\r\n\r\n',
  '/nobody': 'HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n',
};

const server = net.createServer((sock) => {
  let buf = '';
  sock.on('data', function onData(d) {
    buf += d.toString('latin1');
    const end = buf.indexOf('\r\n\r\n');
    if (end < 0) return;
    const head = buf.slice(0, end).split('\r\n');
    const [method, path] = head[0].split(' ');
    const shown = head.map((l) => l.replace(/^Host: 127\.0\.0\.1:\d+$/, 'Host: 127.0.0.1:PORT'));
    console.log('server got:', JSON.stringify(shown));
    if (method === 'CONNECT') {
      sock.removeListener('data', onData);
      sock.write('HTTP/1.1 200 Connection Established\r\n\r\ntunnel-bytes');
      sock.once('data', (d) => { console.log('server tunnel got:', d.toString()); sock.end(); });
      return;
    }
    if (path === '/hangup') { sock.destroy(); return; }
    if (method === 'POST') {
      const body = buf.slice(end + 4);
      const want = /Content-Length: (\d+)/i.exec(buf);
      const got = () => {
        console.log('server body:', JSON.stringify(buf.slice(end + 4)));
        sock.end('HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok');
      };
      if (want && body.length < +want[1]) sock.on('data', () => { if (buf.length - end - 4 >= +want[1]) got(); });
      else if (!want && !buf.endsWith('0\r\n\r\n')) sock.on('data', () => { if (buf.endsWith('0\r\n\r\n')) got(); });
      else got();
      return;
    }
    sock.end(responses[path] || 'HTTP/1.1 500 X\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  });
});

function show(res, body) {
  console.log(res.statusCode, JSON.stringify(res.statusMessage), res.httpVersion,
              JSON.stringify(Object.fromEntries(Object.entries(res.headers).filter(([k]) => k !== 'date'))),
              JSON.stringify(body), JSON.stringify(res.trailers), res.complete);
}

function get(path, opts = {}) {
  return new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port: server.address().port, path, ...opts }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { body += c; });
      res.on('end', () => { show(res, body); resolve(); });
    });
    req.on('error', (e) => { console.log('error', e.code, e.message); resolve(); });
    if (opts.body) { req.write(opts.body[0]); req.end(opts.body[1]); } else req.end(opts.end);
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  await get('/len');
  await get('/chunked', { headers: { 'X-Custom': 'v', Accept: 'text/plain' } });
  await get('/close');
  await get('/len', { agent: false });
  await get('/head', { method: 'HEAD' });
  await get('/nobody');
  await get('/hangup');
  await get('/post', { method: 'POST', end: 'payload' });
  await get('/post', { method: 'POST', body: ['part1-', 'part2'] });
  await new Promise((resolve) => {
    http.get(`http://127.0.0.1:${port}/len?q=1`, (res) => { res.resume(); res.on('end', () => { console.log('get url', res.statusCode); resolve(); }); });
  });
  await new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port, method: 'CONNECT', path: 'example.test:443', headers: { Host: 'example.test:443' } });
    req.on('connect', (res, socket, head) => {
      console.log('connect', res.statusCode, JSON.stringify(res.statusMessage), JSON.stringify(head.toString()));
      socket.write('through the tunnel');
      socket.on('close', () => resolve());
      socket.resume();
    });
    req.end();
  });
  const closed = net.createServer().listen(0, '127.0.0.1', () => {
    const p = closed.address().port;
    closed.close(() => {
      http.get({ host: '127.0.0.1', port: p }).on('error', (e) => {
        console.log('refused', e.code, e.syscall);
        server.close();
      });
    });
  });
  const r = http.request({ host: '127.0.0.1', port });
  for (const bad of [() => r.setHeader('bad name', 'x'), () => r.setHeader('x', 'a\nb'), () => r.setHeader('x'),
    () => http.request('https://127.0.0.1/'), () => http.request({ method: 'BAD METHOD' }),
    () => http.request({ path: '/a b' }), () => http.validateHeaderName(''), () => http.validateHeaderValue('x', undefined)]) {
    try { bad(); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); }
  }
  r.on('error', () => {});
  r.destroy();
  console.log(http.STATUS_CODES[418], http.METHODS.length, http.maxHeaderSize, typeof http.ClientRequest, r.getHeader('host').replace(/\d+$/, 'PORT'));
});
