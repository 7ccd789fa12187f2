// cp/cpSync, opendir/Dir, readv/writev
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nc-extra-'));
const rel = (p) => String(p).split(dir).join('<dir>');
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
fs.mkdirSync(path.join(dir, 'src/sub'), { recursive: true });
fs.writeFileSync(path.join(dir, 'src/a.txt'), 'A');
fs.writeFileSync(path.join(dir, 'src/sub/b.txt'), 'B');
try { fs.cpSync(path.join(dir, 'src'), path.join(dir, 'dst')); } catch (e) { console.log(e.name, e.code, rel(e.message), e.info && rel(e.info.message)); }
fs.cpSync(path.join(dir, 'src'), path.join(dir, 'dst'), { recursive: true });
console.log(fs.readdirSync(path.join(dir, 'dst')).sort(), fs.readFileSync(path.join(dir, 'dst/sub/b.txt'), 'utf8'));
try { fs.cpSync(path.join(dir, 'src/a.txt'), path.join(dir, 'dst/a.txt'), { force: false, errorOnExist: true }); } catch (e) { console.log(e.name, e.code, rel(e.message)); }
try { fs.cpSync(path.join(dir, 'nope'), path.join(dir, 'x')); } catch (e) { console.log(e.code, e.syscall, rel(e.message)); }
const d = fs.opendirSync(path.join(dir, 'src'));
const names = [];
let ent;
while ((ent = d.readSync()) !== null) names.push([ent.name, ent.isDirectory()]);
d.closeSync();
console.log(names.sort(), rel(d.path));
try { d.closeSync(); } catch (e) { console.log(e.name, e.code, e.message); }
const fd = fs.openSync(path.join(dir, 'v.txt'), 'w+');
console.log(fs.writevSync(fd, [Buffer.from('ab'), Buffer.from('cd')], 0));
const b1 = Buffer.alloc(1); const b2 = Buffer.alloc(5);
console.log(fs.readvSync(fd, [b1, b2], 0), b1.toString(), b2.toString('utf8', 0, 3));
fs.closeSync(fd);
(async () => {
  const dd = await fs.promises.opendir(path.join(dir, 'src'));
  const seen = [];
  for await (const e of dd) seen.push(e.name);
  console.log('async dir', seen.sort());
  fs.cp(path.join(dir, 'src/a.txt'), path.join(dir, 'copied.txt'), (err) => console.log('cp cb', err, fs.readFileSync(path.join(dir, 'copied.txt'), 'utf8')));
})();
