// Scripted HTTP/2 client that drives a docs server example (always run under real node).
// usage: node client.js URL [--ca FILE] [--path P] [--method M] [--body TEXT] [--push]
// Prints what a user would observe: status, headers (minus date), body, trailers, pushed streams.
'use strict';
const http2 = require('node:http2');
const fs = require('node:fs');

const args = process.argv.slice(2);
const url = args[0];
const opt = (name, dflt) => { const i = args.indexOf(name); return i < 0 ? dflt : args[i + 1]; };
const ca = opt('--ca');
const method = opt('--method', 'GET');
const body = opt('--body');
const push = args.includes('--push');

// A server example that never answers (it only logs, say) is observed, not failed.
const timer = setTimeout(() => { console.log('driver: no response within 3s'); process.exit(0); }, 3000);
const client = http2.connect(url, { ca: ca ? fs.readFileSync(ca) : undefined,
  settings: { enablePush: push } });
client.on('error', (err) => { console.log(`driver: session error ${err.code || err.message}`); process.exit(2); });
client.on('stream', (pushed, reqHeaders) => {
  console.log(`push promise: ${reqHeaders[':path']}`);
  let data = '';
  pushed.setEncoding('utf8');
  pushed.on('push', (h) => console.log(`push status: ${h[':status']}`));
  pushed.on('data', (c) => { data += c; });
  pushed.on('end', () => console.log(`push body: ${JSON.stringify(data)}`));
});

function show(headers, label) {
  for (const name of Object.keys(headers).sort()) {
    if (name === 'date') continue;
    console.log(`${label} ${name}: ${headers[name]}`);
  }
}

// --connect: a CONNECT tunnel through a proxy example to a local TCP echo server
let req;
if (args.includes('--connect')) {
  const echo = require('node:net').createServer((s) => s.pipe(s)).listen(0, () => {
    req = client.request({ ':method': 'CONNECT', ':authority': `localhost:${echo.address().port}` });
    wire(req);
    req.on('response', () => req.end('Jane'));
    req.on('close', () => echo.close());
  });
} else {
  req = client.request({ ':path': opt('--path', '/'), ':method': method,
    'user-agent': 'conformance-driver' }, { endStream: body === undefined });
  wire(req);
  if (body !== undefined) req.end(body);
}

function wire(req) {
  req.on('response', (headers) => show(headers, 'header'));
  req.on('headers', (headers) => show(headers, 'informational'));
  req.on('trailers', (headers) => show(headers, 'trailer'));
  req.setEncoding('utf8');
  let data = '';
  req.on('data', (c) => { data += c; });
  req.on('close', () => {
    if (req.rstCode) console.log(`rstCode: ${req.rstCode}`);
    console.log(`body: ${JSON.stringify(data)}`);
    // give pushed streams a moment to finish before closing
    setTimeout(() => { client.close(); clearTimeout(timer); }, push ? 300 : 0);
  });
  req.on('error', (err) => { console.log(`driver: stream error ${err.code || err.message}`); });
}
