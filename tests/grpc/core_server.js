'use strict';
// A gRPC server written directly on the http2 core API (no grpc library): the raw-bytes test
// service of peer.py. Messages are length-prefixed (1 byte compressed flag + 4 byte big-endian
// length); the status goes in trailers sent from 'wantTrailers' (waitForTrailers: true).
// Prints `PORT n`, serves until stdin closes.
const http2 = require('http2');
const zlib = require('zlib');

const { HTTP2_HEADER_STATUS, HTTP2_HEADER_CONTENT_TYPE, HTTP2_HEADER_PATH } = http2.constants;

function frame(payload) {
  const head = Buffer.alloc(5);
  head.writeUInt8(0, 0);
  head.writeUInt32BE(payload.length, 1);
  return Buffer.concat([head, payload]);
}

// Splits a request body into its messages (gunzipping compressed ones); throws on bad input.
function messages(body, encoding) {
  const out = [];
  let off = 0;
  while (off < body.length) {
    if (body.length - off < 5) throw new Error('truncated message header');
    const compressed = body[off] === 1;
    if (compressed && encoding !== 'gzip') throw new Error(`unsupported grpc-encoding ${encoding}`);
    const len = body.readUInt32BE(off + 1);
    if (body.length - off - 5 < len) throw new Error('truncated message');
    const payload = body.subarray(off + 5, off + 5 + len);
    out.push(compressed ? zlib.gunzipSync(payload) : payload);
    off += 5 + len;
  }
  return out;
}

function reply(stream, headers, msgs, status, message, trailers = {}) {
  if (stream.destroyed) return;
  stream.respond({
    [HTTP2_HEADER_STATUS]: 200,
    [HTTP2_HEADER_CONTENT_TYPE]: 'application/grpc',
    ...headers,
  }, { waitForTrailers: true });
  stream.on('wantTrailers', () => {
    stream.sendTrailers({ 'grpc-status': String(status), 'grpc-message': encodeURIComponent(message), ...trailers });
  });
  for (const m of msgs) stream.write(frame(m));
  stream.end();
}

// Bidi: answer each message as soon as it is complete, while the request stream stays open.
function chat(stream) {
  stream.respond({ [HTTP2_HEADER_STATUS]: 200, [HTTP2_HEADER_CONTENT_TYPE]: 'application/grpc' },
                 { waitForTrailers: true });
  stream.on('wantTrailers', () => stream.sendTrailers({ 'grpc-status': '0', 'grpc-message': '' }));
  let pending = Buffer.alloc(0);
  stream.on('data', (c) => {
    pending = Buffer.concat([pending, c]);
    while (pending.length >= 5 && pending.length >= 5 + pending.readUInt32BE(1)) {
      const len = pending.readUInt32BE(1);
      stream.write(frame(Buffer.concat([Buffer.from('re:'), pending.subarray(5, 5 + len)])));
      pending = pending.subarray(5 + len);
    }
  });
  stream.on('end', () => stream.end());
  stream.on('error', () => {});
}

const handlers = {
  '/test.Echo/Unary'(stream, req, [msg]) {
    reply(stream, { 'x-server': 'nodecompat-core', 'x-echo': req['x-client'] ?? 'none' },
          [Buffer.concat([Buffer.from('echo:'), msg])], 0, '', { 'x-trailer': 'done' });
  },
  '/test.Echo/Stream'(stream, req, [msg]) {
    const n = Number(msg.toString());
    const out = [];
    for (let i = 0; i < n; i++) out.push(Buffer.from(`msg ${i}`));
    reply(stream, {}, out, 0, '');
  },
  '/test.Echo/Sum'(stream, req, msgs) {
    const bytes = msgs.reduce((n, m) => n + m.length, 0);
    reply(stream, {}, [Buffer.from(`${msgs.length} messages, ${bytes} bytes`)], 0, '');
  },
  '/test.Echo/Fail'(stream, req, [msg]) {
    reply(stream, {}, [], 3, `bad input: ${msg.toString()}`, { 'x-reason': 'invalid' });
  },
  '/test.Echo/Slow'(stream) {
    const t = setTimeout(() => reply(stream, {}, [Buffer.from('late')], 0, ''), 3000);
    stream.on('close', () => clearTimeout(t));
  },
};

const server = http2.createServer();
server.on('stream', (stream, headers) => {
  const handler = handlers[headers[HTTP2_HEADER_PATH]];
  const type = headers[HTTP2_HEADER_CONTENT_TYPE] || '';
  if (headers[':method'] !== 'POST' || !type.startsWith('application/grpc')) {
    stream.respond({ [HTTP2_HEADER_STATUS]: 415 });
    stream.end();
    return;
  }
  if (headers[HTTP2_HEADER_PATH] === '/test.Echo/Chat') {
    chat(stream);
    return;
  }
  if (!handler) {
    // gRPC puts UNIMPLEMENTED in a trailers-only response
    stream.respond({ [HTTP2_HEADER_STATUS]: 200, [HTTP2_HEADER_CONTENT_TYPE]: 'application/grpc',
      'grpc-status': '12', 'grpc-message': 'unknown method' }, { endStream: true });
    return;
  }
  const chunks = [];
  stream.on('data', (c) => chunks.push(c));
  stream.on('end', () => {
    let msgs;
    try {
      msgs = messages(Buffer.concat(chunks), headers['grpc-encoding']);
    } catch (e) {
      reply(stream, {}, [], 13, e.message);
      return;
    }
    handler(stream, headers, msgs);
  });
  stream.on('error', () => {});
});
server.listen(0, '127.0.0.1', () => console.log(`PORT ${server.address().port}`));
process.stdin.on('data', () => {});
process.stdin.on('end', () => server.close(() => console.log('shutdown')));
