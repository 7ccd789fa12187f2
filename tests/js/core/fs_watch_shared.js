// Two fs.watch handles on one file share its inotify watch: closing one keeps the other; an unref'ed watcher does not keep the process alive
const fs = require('fs'); const path = require('path'); const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'w3-'));
const f = path.join(dir, 'a.txt'); fs.writeFileSync(f, 'x');
const a = fs.watch(f, () => console.log('a event'));
const b = fs.watch(f, (t, n) => { console.log('b event', t, n); b.close(); fs.rmSync(dir, { recursive: true }); });
a.close();
fs.appendFileSync(f, 'y');
// an unref'ed watcher and nothing else: exits
fs.watch(__dirname).unref();
