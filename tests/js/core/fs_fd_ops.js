const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nc-core-'));
const rel = (p) => p.split(dir).join('<dir>');
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

const f = path.join(dir, 'fd.txt');
const fd = fs.openSync(f, 'w+');
console.log(typeof fd, fs.writeSync(fd, 'hello '), fs.writeSync(fd, Buffer.from('world')), fs.writeSync(fd, Buffer.from('XYZ'), 1, 1));
const buf = Buffer.alloc(20);
console.log(fs.readSync(fd, buf, 0, 20, 0), buf.toString('utf8', 0, 12));
console.log(fs.readSync(fd, buf, { offset: 2, length: 3, position: 6 }), buf.subarray(0, 6));
fs.ftruncateSync(fd, 5);
fs.fsyncSync(fd);
console.log(fs.readFileSync(f, 'utf8'));
fs.closeSync(fd);
try { fs.readSync(fd, buf, 0, 1, 0); } catch (e) { console.log(e.code, e.syscall, e.message); }
const afd = fs.openSync(f, 'a');
fs.writeSync(afd, '+appended'); fs.closeSync(afd);
console.log(fs.readFileSync(f, 'utf8'));
try { fs.openSync(f, 'wx'); } catch (e) { console.log(e.code, rel(e.message)); }
console.log(fs.constants.O_RDONLY, fs.constants.O_CREAT, fs.constants.F_OK, fs.constants.S_IFREG, fs.R_OK);
