const { StringDecoder } = require('string_decoder');
const d = new StringDecoder('utf8');
const euro = Buffer.from('€uro');
console.log(JSON.stringify(d.write(euro.subarray(0, 1))), JSON.stringify(d.write(euro.subarray(1, 2))), JSON.stringify(d.write(euro.subarray(2))));
console.log(JSON.stringify(d.end()), JSON.stringify(new StringDecoder().end(Buffer.from([0xe2]))));
const h = new StringDecoder('hex'); console.log(h.write(Buffer.from('ab')), h.end());
const b64 = new StringDecoder('base64'); console.log(b64.write(Buffer.from('abcd')), b64.end());
const u16 = new StringDecoder('utf16le'); console.log(u16.write(Buffer.from([0x68, 0x00, 0x69])), u16.end(Buffer.from([0x00])));
console.log(new StringDecoder().encoding, new StringDecoder('UCS2').encoding, new StringDecoder('binary').encoding);
for (const f of [() => new StringDecoder('bogus'), () => new StringDecoder('utf8').write(5)]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
}
