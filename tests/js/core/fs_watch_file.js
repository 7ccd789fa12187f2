// fs.watchFile / unwatchFile: StatWatcher polling (missing file → zeroed stats, create, modify,
// delete), one watcher per path with several listeners, 'stop', errors.
const fs = require('fs'); const path = require('path'); const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nc-watchfile-'));
const f = path.join(dir, 'a.txt');
const acts = [() => fs.writeFileSync(f, 'hello'), () => fs.writeFileSync(f, 'hello world'), () => fs.unlinkSync(f)];
let n = 0;
const w = fs.watchFile(f, { interval: 20 }, (curr, prev) => {
  console.log('A', curr.size, prev.size, curr.nlink, prev.nlink, curr.mtimeMs > 0, prev.mtimeMs > 0, curr.isFile(), curr.constructor.name);
  const act = acts[n++];
  if (act) setTimeout(act, 30);
  else setTimeout(() => { fs.unwatchFile(f); console.log('unwatched'); fs.rmSync(dir, { recursive: true }); }, 30);
});
const b = (curr, prev) => console.log('B', curr.size, prev.size);
console.log(w.constructor.name, Object.keys(w), w === fs.watchFile(f, { interval: 20 }, b));
w.on('stop', () => console.log('stop event'));
const g = fs.watchFile(__filename, () => {});
g.unref();
console.log(g.listenerCount('change'));
fs.unwatchFile(__filename);
fs.unwatchFile(path.join(dir, 'never-watched'));
try { fs.watchFile(f) } catch (e) { console.log(e.code, e.message) }
try { fs.watchFile(path.join(dir, 'x'), { interval: -1 }, () => {}) } catch (e) { console.log(e.code, e.message) }
const u = fs.watchFile(path.join(dir, 'y'), { persistent: false }, () => {});  // does not keep the process alive
void u;
