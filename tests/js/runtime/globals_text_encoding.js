const enc = new TextEncoder();
const bytes = enc.encode('héllo €𝄞');
console.log(bytes.length, bytes instanceof Uint8Array, enc.encoding);
const dec = new TextDecoder();
console.log(dec.decode(bytes), dec.encoding);
console.log(new TextDecoder().decode(new Uint8Array([0xff, 0x41])));
const r = enc.encodeInto('abc', new Uint8Array(2));
console.log(r.read, r.written);
