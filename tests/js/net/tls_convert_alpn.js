// tls.convertALPNProtocols: arrays to wire format, views copied, other values ignored, >255 bytes.
const tls = require('tls');
const out = {}; tls.convertALPNProtocols(['h2', 'http/1.1'], out); console.log(out.ALPNProtocols);
const o2 = {}; const src = Buffer.from('\x02h2'); tls.convertALPNProtocols(src, o2); console.log(o2.ALPNProtocols, o2.ALPNProtocols !== src);
const o3 = {}; tls.convertALPNProtocols(new Uint16Array([0x6802, 0x0032]), o3); console.log(o3.ALPNProtocols);
const o4 = {}; tls.convertALPNProtocols('h2', o4); console.log(o4);
try { tls.convertALPNProtocols(['x'.repeat(256)], {}); } catch (e) { console.log(e.name, e.code, e.message); }
