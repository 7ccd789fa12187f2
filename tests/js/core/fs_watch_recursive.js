// fs.watch(dir, { recursive: true }) on Linux: entries anywhere below, relative names, new folders
// watched as they appear. Each step waits for the previous step's event.
const fs = require('fs'); const path = require('path'); const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nc-watchrec-'));
fs.mkdirSync(path.join(dir, 'sub'));
const steps = [
  ['rename sub/x.txt', () => fs.writeFileSync(path.join(dir, 'sub', 'x.txt'), '1')],
  ['rename sub/deep', () => fs.mkdirSync(path.join(dir, 'sub', 'deep'))],
  ['rename sub/deep/y.txt', () => fs.writeFileSync(path.join(dir, 'sub', 'deep', 'y.txt'), '1')],
  ['rename top.txt', () => fs.writeFileSync(path.join(dir, 'top.txt'), '1')],
];
const seen = new Set();
let want = null;
const r = fs.watch(dir, { recursive: true }, (t, n) => {
  seen.add(`${t} ${n}`);
  if (`${t} ${n}` === want) setImmediate(next);
});
function next() {
  const step = steps.shift();
  if (!step) {
    console.log([...seen].filter((e) => e.startsWith('rename')).join('\n'));
    r.close();
    fs.rmSync(dir, { recursive: true });
    return;
  }
  want = step[0];
  step[1]();
}
next();
