const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nc-core-'));
const rel = (p) => p.split(dir).join('<dir>');
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

const { pipeline } = require('stream');
const zlibless = require('stream').Transform;
const src = path.join(dir, 'src.txt');
const dst = path.join(dir, 'dst.txt');
fs.writeFileSync(src, 'abc'.repeat(50000));
const upper = new zlibless({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); } });
pipeline(fs.createReadStream(src), upper, fs.createWriteStream(dst), (err) => {
  const out = fs.readFileSync(dst, 'utf8');
  console.log('copied', err, out.length, out.slice(0, 9));
});
