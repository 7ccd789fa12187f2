// invalid UTF-8 decodes to one U+FFFD per maximal invalid subsequence, as in Node
for (const bytes of [[0xff, 0x41], [0xe2, 0x82], [0xe2, 0x82, 0x41], [0xf0, 0x9f, 0x98], [0xed, 0xa0, 0x80], [0xc0, 0x80],
  [0xf4, 0x90, 0x80, 0x80], [0x80, 0x80], [0xef, 0xbb, 0xbf, 0x41], [0xef, 0xbf, 0xbd]]) {
  const s = Buffer.from(bytes).toString();
  console.log(JSON.stringify(s), s.length, Buffer.from(bytes).toString('utf8', 1));
}
const { StringDecoder } = require('string_decoder');
const d = new StringDecoder('utf8');
console.log(JSON.stringify(d.write(Buffer.from([0xe2, 0x82]))), JSON.stringify(d.end()));
console.log(require('querystring').parse('%E2%82=1'), Buffer.from('😀 ok').toString('utf8', 0, 3));
