// A raw HTTP/2 client over `net` (same bytes under node and nodecompat): builds frames, reports
// the server's GOAWAY/RST_STREAM frames.
const net = require('net');

const PREFACE = 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n';
// HPACK: :method POST / GET, :scheme http, :path / (static table), :authority localhost (literal)
const AUTHORITY = Buffer.concat([Buffer.from([0x01, 9]), Buffer.from('localhost')]);
const POST = Buffer.concat([Buffer.from([0x83, 0x86, 0x84]), AUTHORITY]);
const GET = Buffer.concat([Buffer.from([0x82, 0x86, 0x84]), AUTHORITY]);

function frame(type, flags, streamId, payload = Buffer.alloc(0)) {
  const h = Buffer.alloc(9);
  h.writeUIntBE(payload.length, 0, 3);
  h[3] = type;
  h[4] = flags;
  h.writeUInt32BE(streamId, 5);
  return Buffer.concat([h, payload]);
}

const settings = (pairs = []) => {
  const b = Buffer.alloc(6 * pairs.length);
  pairs.forEach(([id, v], i) => { b.writeUInt16BE(id, 6 * i); b.writeUInt32BE(v, 6 * i + 2); });
  return frame(4, 0, 0, b);
};
const headers = (id, block, end) => frame(1, 0x4 | (end ? 0x1 : 0), id, block);
const data = (id, payload, end) => frame(0, end ? 1 : 0, id, payload);
const rst = (id, code) => { const b = Buffer.alloc(4); b.writeUInt32BE(code); return frame(3, 0, id, b); };

// Connect, send the preface + SETTINGS + `bytes`; log GOAWAY / RST_STREAM frames and the close
// (ending our side a little after a GOAWAY if `endOnGoaway`; `showLast` formats its last stream id).
function rawClient(port, bytes, onClose, endOnGoaway = false, showLast = (id) => id) {
  const sock = net.connect(port, '127.0.0.1', () => {
    sock.write(Buffer.concat([Buffer.from(PREFACE), settings(), ...[].concat(bytes)]));
  });
  let buf = Buffer.alloc(0);
  const rsts = new Map();
  sock.on('data', (chunk) => {
    buf = Buffer.concat([buf, chunk]);
    while (buf.length >= 9) {
      const len = buf.readUIntBE(0, 3);
      if (buf.length < 9 + len) break;
      const type = buf[3];
      const p = buf.subarray(9, 9 + len);
      if (type === 7) {
        console.log('raw: GOAWAY code', p.readUInt32BE(4), 'last stream', showLast(p.readUInt32BE(0) & 0x7fffffff));
        if (endOnGoaway) setTimeout(() => sock.destroy(), 200);  // node may keep the socket open
      } else if (type === 3) {
        const code = p.readUInt32BE(0);
        rsts.set(code, (rsts.get(code) || 0) + 1);
      }
      buf = buf.subarray(9 + len);
    }
  });
  sock.on('error', () => {});
  sock.on('close', () => {
    for (const [code, n] of rsts) console.log('raw: RST_STREAM code', code, 'x', n);
    console.log('raw: closed');
    if (onClose) onClose();
  });
  return sock;
}

module.exports = { frame, settings, headers, data, rst, rawClient, POST, GET };
