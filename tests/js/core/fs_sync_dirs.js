const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nc-core-'));
const rel = (p) => p.split(dir).join('<dir>');
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

console.log(rel(fs.mkdirSync(path.join(dir, 'a/b/c'), { recursive: true })), fs.mkdirSync(path.join(dir, 'a/b/c'), { recursive: true }));
fs.mkdirSync(path.join(dir, 'plain'));
fs.writeFileSync(path.join(dir, 'a/file.txt'), 'f');
fs.symlinkSync(path.join(dir, 'a/file.txt'), path.join(dir, 'link'));
console.log(fs.readdirSync(dir).sort(), fs.readdirSync(path.join(dir, 'a')).sort());
const ents = fs.readdirSync(dir, { withFileTypes: true }).sort((x, y) => x.name.localeCompare(y.name));
console.log(ents.map((d) => [d.name, d.isDirectory(), d.isFile(), d.isSymbolicLink(), rel(d.path)]));
console.log(fs.readdirSync(dir, { encoding: 'buffer' }).length, rel(fs.readlinkSync(path.join(dir, 'link'))));
console.log(rel(fs.realpathSync(path.join(dir, 'link'))), rel(fs.realpathSync.native(path.join(dir, 'a/b/..'))));
fs.renameSync(path.join(dir, 'plain'), path.join(dir, 'renamed'));
fs.copyFileSync(path.join(dir, 'a/file.txt'), path.join(dir, 'copy.txt'));
try { fs.copyFileSync(path.join(dir, 'a/file.txt'), path.join(dir, 'copy.txt'), fs.constants.COPYFILE_EXCL); } catch (e) { console.log(e.code, rel(e.message)); }
fs.rmdirSync(path.join(dir, 'renamed'));
fs.unlinkSync(path.join(dir, 'link'));
fs.rmSync(path.join(dir, 'a'), { recursive: true });
console.log(fs.readdirSync(dir));
const tmp = fs.mkdtempSync(path.join(dir, 'pre-'));
console.log(path.basename(tmp).startsWith('pre-'), path.basename(tmp).length);
