// pbkdf2Sync / pbkdf2: derived keys (OpenSSL digest names and aliases), Node's argument checks and
// errors, the async form after the synchronous code.
const crypto = require('crypto');
const tryIt = (f) => { try { const r = f(); return Buffer.isBuffer(r) ? r.toString('hex') : r; } catch (e) { return `${e.name} ${e.code} ${e.message}`; } };
const show = (l, f) => console.log(l, tryIt(f));
show('basic', () => crypto.pbkdf2Sync('pw', 'salt', 1000, 32, 'sha256'));
show('alias', () => crypto.pbkdf2Sync(Buffer.from('pw'), new Uint8Array([1, 2]), 1, 20, 'RSA-SHA1'));
show('ab', () => crypto.pbkdf2Sync(new ArrayBuffer(3), 'salt', 2, 16, 'sha512'));
show('keylen 0', () => crypto.pbkdf2Sync('pw', 'salt', 1, 0, 'sha256'));
show('bad digest', () => crypto.pbkdf2Sync('pw', 'salt', 1, 10, 'nope'));
show('no digest', () => crypto.pbkdf2Sync('pw', 'salt', 1, 10));
show('xof digest', () => crypto.pbkdf2Sync('pw', 'salt', 1, 10, 'shake256'));
show('iter 0', () => crypto.pbkdf2Sync('pw', 'salt', 0, 10, 'sha1'));
show('iter str', () => crypto.pbkdf2Sync('pw', 'salt', '1', 10, 'sha1'));
show('keylen -1', () => crypto.pbkdf2Sync('pw', 'salt', 1, -1, 'sha1'));
show('keylen 1.5', () => crypto.pbkdf2Sync('pw', 'salt', 1, 1.5, 'sha1'));
show('pw type', () => crypto.pbkdf2Sync(5, 'salt', 1, 10, 'sha1'));
show('salt type', () => crypto.pbkdf2Sync('pw', null, 1, 10, 'sha1'));
show('async no cb', () => crypto.pbkdf2('pw', 'salt', 1, 10, 'sha1'));
show('async bad digest', () => crypto.pbkdf2('pw', 'salt', 1, 10, 'nope', () => {}));
crypto.pbkdf2('pw', 'salt', 1000, 32, 'sha256', function (err, key) { console.log('async', err, key.toString('hex'), this === undefined); });
console.log('sync first');
