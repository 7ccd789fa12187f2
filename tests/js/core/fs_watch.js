// fs.watch on a folder and on a file: change/rename events, buffer encoding, close/ref/unref, errors.
// Each step waits for the previous step's event, so the order does not depend on timing.
const fs = require('fs'); const path = require('path'); const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nc-watch-'));
const f = path.join(dir, 'a.txt');
fs.writeFileSync(f, 'x');
const w = fs.watch(dir);
console.log(Object.getPrototypeOf(w).constructor.name, w.ref() === w, w.unref() === w, Object.keys(w));
w.ref();
const steps = [
  ['change:a.txt', () => fs.appendFileSync(f, 'y')],
  ['rename:b.txt', () => fs.writeFileSync(path.join(dir, 'b.txt'), 'b')],
  ['rename:c.txt', () => fs.renameSync(path.join(dir, 'b.txt'), path.join(dir, 'c.txt'))],
  ['rename:d', () => fs.mkdirSync(path.join(dir, 'd'))],
];
const seen = [];
function next() {
  const step = steps.shift();
  if (!step) return finish();
  const [want, act] = step;
  const onChange = (type, name) => {
    seen.push(`${type}:${name}`);
    if (`${type}:${name}` === want) { w.off('change', onChange); setImmediate(next); }
  };
  w.on('change', onChange);
  act();
}
const fileEvents = [];
const w2 = fs.watch(f, { encoding: 'buffer' }, (type, name) => fileEvents.push(`${type}:${Buffer.isBuffer(name)}:${name}`));
function finish() {
  console.log([...new Set(seen)].join(' '));
  console.log([...new Set(fileEvents)].join(' '));
  w2.close();
  w.on('close', () => { console.log('close'); fs.rmSync(dir, { recursive: true }); });
  w.close(); w.close();
}
next();
try { fs.watch(path.join(dir, 'nope')) } catch (e) { console.log(e.name, e.code, e.errno, e.syscall, e.message.replace(dir, 'DIR'), Object.keys(e)) }
try { fs.watch(f, 5) } catch (e) { console.log(e.code, e.message) }
try { fs.watch(f, { recursive: 'x' }) } catch (e) { console.log(e.code, e.message) }
try { fs.watch(f, { persistent: 1 }) } catch (e) { console.log(e.code, e.message) }
const u = fs.watch(dir, { persistent: false });  // does not keep the process alive
u.on('change', () => {});
