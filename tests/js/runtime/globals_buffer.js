const b = Buffer.from('héllo');
console.log(b.length, b.toString('hex'), b.toString('base64'), Buffer.isBuffer(b), b instanceof Uint8Array);
console.log(Buffer.concat([Buffer.from('a'), Buffer.from('b')]).toString(), Buffer.byteLength('€'));
console.log(require('buffer').Buffer === Buffer);
