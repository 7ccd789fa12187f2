// createHash/createHmac/hash: OpenSSL names and aliases, encodings, copy(), XOF outputLength,
// streams (a Hash is a Transform), Node's errors; getHashes(); timingSafeEqual.
const crypto = require('crypto');
const tryIt = (f) => { try { return f(); } catch (e) { return `${e.name} ${e.code} ${e.message}`; } };
const show = (label, f) => console.log(label, tryIt(f));
show('bad algo', () => crypto.createHash('nope'));
show('algo type', () => crypto.createHash(5));
for (const a of ['sha256', 'SHA256', 'RSA-SHA256', 'sha1', 'md5', 'sha512', 'sha512-256', 'sha3-256', 'blake2b512',
  'ripemd160', 'sm3', 'md5-sha1', 'sha256WithRSAEncryption']) {
  show(a, () => crypto.createHash(a).update('abc').digest('hex'));
}
for (const enc of ['base64', 'base64url', 'latin1', 'binary', 'ucs2', 'utf8', 'buffer', 'nope', undefined]) {
  show(`enc ${enc}`, () => { const d = crypto.createHash('sha256').update('abc').digest(enc); return Buffer.isBuffer(d) ? ['buf', d.toString('hex')] : JSON.stringify(d); });
}
show('shake256 10', () => crypto.createHash('shake256', { outputLength: 10 }).update('abc').digest('hex'));
show('shake256 default', () => crypto.createHash('shake256').update('abc').digest('hex'));
show('shake128 0', () => crypto.createHash('shake128', { outputLength: 0 }).update('abc').digest('hex'));
show('outputLength type', () => crypto.createHash('sha256', { outputLength: 'x' }));
show('update number', () => crypto.createHash('sha256').update(5));
show('update hex', () => crypto.createHash('sha256').update('616263', 'hex').digest('hex'));
show('update bad enc', () => crypto.createHash('sha256').update('abc', 'nope').digest('hex'));
show('typed arrays', () => crypto.createHash('md5').update(new Uint8Array([1, 2, 3])).update(new Uint16Array([1, 2])).update(new DataView(new ArrayBuffer(4))).digest('hex'));
show('digest twice', () => { const h = crypto.createHash('sha256'); h.digest(); return h.digest(); });
show('update after', () => { const h = crypto.createHash('sha256'); h.digest(); return h.update('x'); });
show('copy after', () => { const h = crypto.createHash('sha256'); h.digest(); return h.copy(); });
show('copy', () => { const h = crypto.createHash('sha256'); h.update('a'); const c = h.copy(); h.update('b'); return [h.digest('hex'), c.digest('hex')]; });
show('copy xof', () => { const h = crypto.createHash('shake256', { outputLength: 4 }).update('a'); return [h.copy({ outputLength: 8 }).digest('hex'), h.digest('hex')]; });
show('hmac', () => crypto.createHmac('sha256', 'key').update('abc').digest('hex'));
show('hmac alias', () => crypto.createHmac('RSA-SHA1', Buffer.from('k')).update('abc').digest('base64'));
show('hmac ab key', () => crypto.createHmac('sha512', new ArrayBuffer(3)).update('abc').digest('hex'));
show('hmac key enc', () => crypto.createHmac('sha256', '6b6579', { encoding: 'hex' }).update('abc').digest('hex'));
show('hmac key type', () => crypto.createHmac('sha256', 5));
show('hmac no key', () => crypto.createHmac('sha256'));
show('hmac bad algo', () => crypto.createHmac('nope', 'k'));
show('hmac algo type', () => crypto.createHmac(1, 'k'));
show('hmac twice', () => { const h = crypto.createHmac('sha256', 'k'); h.digest(); return [h.digest('hex'), h.digest().length]; });
show('hash()', () => [crypto.hash('sha1', 'abc'), crypto.hash('md5', Buffer.from('abc'), 'base64'), crypto.hash('sha256', 'x', 'buffer').length]);
show('hash() bad enc', () => crypto.hash('sha1', 'abc', 'nope'));
show('hash() bad input', () => crypto.hash('sha1', 5));
show('hash() bad algo', () => crypto.hash('nope', 'x'));
show('instances', () => [crypto.createHash('sha1') instanceof crypto.Hash, crypto.Hash('sha1') instanceof crypto.Hash,
  crypto.createHmac('sha1', 'k') instanceof crypto.Hmac, typeof crypto.createHash('sha1').pipe]);
const hashes = crypto.getHashes();
console.log('getHashes', hashes.length, hashes.join(' '));
show('timingSafeEqual', () => [crypto.timingSafeEqual(Buffer.from('ab'), Buffer.from('ab')),
  crypto.timingSafeEqual(Buffer.from('ab'), Buffer.from('ac')),
  crypto.timingSafeEqual(new Uint16Array([1]), new Uint8Array([1, 0])), crypto.timingSafeEqual(new ArrayBuffer(2), new ArrayBuffer(2))]);
show('tse length', () => crypto.timingSafeEqual(Buffer.from('ab'), Buffer.from('abc')));
show('tse type1', () => crypto.timingSafeEqual('ab', Buffer.from('ab')));
show('tse type2', () => crypto.timingSafeEqual(Buffer.from('ab'), 'ab'));
// a Hash used as a stream
const h = crypto.createHash('sha256');
h.on('data', (d) => console.log('stream digest', d.toString('hex')));
h.on('end', () => console.log('stream end'));
h.write('a'); h.write(Buffer.from('b')); h.end('c');
const m = crypto.createHmac('sha1', 'k');
m.setEncoding('hex');
m.on('data', (d) => console.log('hmac stream', d));
m.end('abc');
