// hkdfSync / hkdf: RFC 5869 keys (an ArrayBuffer) for OpenSSL digest names, Node's argument
// checks and errors, the async form after the synchronous code.
const crypto = require('crypto');
const tryIt = (f) => { try { const r = f(); return r instanceof ArrayBuffer ? ['AB', Buffer.from(r).toString('hex')] : r; } catch (e) { return `${e.name} ${e.code} ${e.message}`; } };
const show = (l, f) => console.log(l, tryIt(f));
show('basic', () => crypto.hkdfSync('sha256', 'key', 'salt', 'info', 42));
show('alias', () => crypto.hkdfSync('RSA-SHA512', Buffer.from('k'), new Uint8Array(0), '', 16));
show('ab', () => crypto.hkdfSync('sha1', new ArrayBuffer(8), new ArrayBuffer(2), new DataView(new ArrayBuffer(3)), 20));
show('len 0', () => crypto.hkdfSync('sha256', 'k', 's', 'i', 0));
show('max len', () => crypto.hkdfSync('sha256', 'k', 's', 'i', 255 * 32).byteLength);
show('too long', () => crypto.hkdfSync('sha256', 'k', 's', 'i', 255 * 32 + 1));
show('empty key', () => crypto.hkdfSync('sha256', '', 's', 'i', 8));
show('bad digest', () => crypto.hkdfSync('nope', 'k', 's', 'i', 8));
show('digest type', () => crypto.hkdfSync(5, 'k', 's', 'i', 8));
show('key type', () => crypto.hkdfSync('sha256', 5, 's', 'i', 8));
show('salt type', () => crypto.hkdfSync('sha256', 'k', 5, 'i', 8));
show('info type', () => crypto.hkdfSync('sha256', 'k', 's', null, 8));
show('info long', () => crypto.hkdfSync('sha256', 'k', 's', Buffer.alloc(1025), 8));
show('len type', () => crypto.hkdfSync('sha256', 'k', 's', 'i', '8'));
show('len neg', () => crypto.hkdfSync('sha256', 'k', 's', 'i', -1));
show('len float', () => crypto.hkdfSync('sha256', 'k', 's', 'i', 1.5));
show('async no cb', () => crypto.hkdf('sha256', 'k', 's', 'i', 8));
show('async bad digest', () => crypto.hkdf('nope', 'k', 's', 'i', 8, () => {}));
crypto.hkdf('sha256', 'key', 'salt', 'info', 42, (err, bits) => console.log('async', err, bits instanceof ArrayBuffer, Buffer.from(bits).toString('hex')));
console.log('sync first');
