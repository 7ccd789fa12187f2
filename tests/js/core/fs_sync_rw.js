const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nc-core-'));
const rel = (p) => p.split(dir).join('<dir>');
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

const f = path.join(dir, 'a.txt');
fs.writeFileSync(f, 'hello\nworld\n');
console.log(fs.readFileSync(f), fs.readFileSync(f, 'utf8'), fs.readFileSync(f, { encoding: 'hex' }));
fs.appendFileSync(f, 'more');
console.log(JSON.stringify(fs.readFileSync(f, 'utf8')), fs.existsSync(f), fs.existsSync(f + '.nope'), fs.existsSync());
fs.writeFileSync(f, Buffer.from([0, 1, 2, 255]));
console.log(fs.readFileSync(f));
fs.writeFileSync(f, new Uint8Array([65, 66]), { flag: 'a' });
console.log(fs.readFileSync(f, 'latin1').length, fs.readFileSync(f).subarray(-2).toString());
fs.writeFileSync(f, 'x'.repeat(100000));
console.log(fs.readFileSync(f).length);
fs.writeFileSync(f, 'é€', 'utf8'); console.log(fs.readFileSync(f, 'base64'), fs.readFileSync(f, 'ucs2').length);
