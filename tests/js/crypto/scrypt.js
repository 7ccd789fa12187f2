// scryptSync / scrypt: keys for Node's defaults and options (N/cost, r/blockSize, p/parallelization,
// maxmem), Node's argument checks and OpenSSL's parameter errors; the async form after sync code.
const crypto = require('crypto');
const tryIt = (f) => { try { const r = f(); return Buffer.isBuffer(r) ? r.toString('hex') : r; } catch (e) { return `${e.name} ${e.code} ${e.message}`; } };
const show = (l, f) => console.log(l, tryIt(f));
show('defaults', () => crypto.scryptSync('pw', 'salt', 32));
show('N r p', () => crypto.scryptSync('pw', Buffer.from('salt'), 16, { N: 1024, r: 4, p: 2 }));
show('aliases', () => crypto.scryptSync('pw', 'salt', 16, { cost: 1024, blockSize: 4, parallelization: 2 }));
show('zeros', () => crypto.scryptSync('pw', 'salt', 16, { N: 0, r: 0, p: 0, maxmem: 0 }));
show('keylen 0', () => crypto.scryptSync('pw', 'salt', 0));
show('N not pow2', () => crypto.scryptSync('pw', 'salt', 16, { N: 1000 }));
show('maxmem small', () => crypto.scryptSync('pw', 'salt', 16, { maxmem: 1024 }));
show('N and cost', () => crypto.scryptSync('pw', 'salt', 16, { N: 1024, cost: 1024 }));
show('r and blockSize', () => crypto.scryptSync('pw', 'salt', 16, { r: 8, blockSize: 8 }));
show('N type', () => crypto.scryptSync('pw', 'salt', 16, { N: '1024' }));
show('maxmem neg', () => crypto.scryptSync('pw', 'salt', 16, { maxmem: -1 }));
show('keylen neg', () => crypto.scryptSync('pw', 'salt', -1));
show('pw type', () => crypto.scryptSync(5, 'salt', 16));
show('async no cb', () => crypto.scrypt('pw', 'salt', 16));
show('async bad maxmem', () => crypto.scrypt('pw', 'salt', 16, { maxmem: 1024 }, () => {}));
crypto.scrypt('pw', 'salt', 16, (err, key) => {
  console.log('async defaults', err, key.toString('hex'));
  crypto.scrypt('pw', 'salt', 16, { N: 1024 }, (e, k) => console.log('async opts', e, k.toString('hex')));
});
console.log('sync first');
