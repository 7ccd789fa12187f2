const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nc-core-'));
const rel = (p) => p.split(dir).join('<dir>');
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

const fsp = require('fs/promises');
(async () => {
  const f = path.join(dir, 'p.txt');
  await fsp.writeFile(f, 'promised');
  console.log(await fsp.readFile(f, 'utf8'), (await fsp.stat(f)).size, await fsp.readdir(dir));
  await fsp.appendFile(f, '!');
  await fsp.mkdir(path.join(dir, 'sub/deep'), { recursive: true });
  console.log(await fsp.readFile(f, { encoding: 'utf8' }), (await fsp.readdir(dir, { withFileTypes: true })).map((d) => d.name).sort());
  try { await fsp.readFile(path.join(dir, 'nope')); } catch (e) { console.log(e.code, e.syscall, rel(e.message)); }
  try { await fsp.access(path.join(dir, 'nope')); } catch (e) { console.log(e.code, rel(e.message)); }
  const fh = await fsp.open(f, 'r');
  const { bytesRead, buffer } = await fh.read(Buffer.alloc(4), 0, 4, 0);
  console.log(typeof fh.fd, bytesRead, buffer.toString(), (await fh.stat()).size, await fh.readFile('utf8'));
  await fh.close();
  await fsp.rm(path.join(dir, 'sub'), { recursive: true });
  await fsp.unlink(f);
  console.log(await fsp.readdir(dir), fs.promises === fsp, typeof fsp.constants.O_RDONLY);
})();
