// fsPromises.watch(): async iteration of { eventType, filename }, break closes it; errors (seen
// through next(): a for-await over a rejecting iterator is falsely reported unhandled, a host bug).
const fs = require('fs'); const fsp = require('fs/promises'); const path = require('path'); const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nc-pwatch-'));
(async () => {
  const ac = new AbortController();
  const it = fsp.watch(dir, { signal: ac.signal });
  console.log(typeof it[Symbol.asyncIterator], typeof it.next);
  setTimeout(() => fs.writeFileSync(path.join(dir, 'a.txt'), 'x'), 20);
  try {
    for await (const ev of it) {
      console.log(Object.keys(ev), ev.eventType, ev.filename);
      if (ev.eventType === 'rename') break;
    }
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  ac.abort();
  try { await fsp.watch(dir, { signal: ac.signal }).next(); } catch (e) { console.log(e.name, e.code) }
  try { await fsp.watch(path.join(dir, 'nope')).next(); } catch (e) { console.log(e.code, e.syscall) }
  try { await fsp.watch(dir, { recursive: 1 }).next(); } catch (e) { console.log(e.code, e.message) }
  try { await fsp.watch(dir, { encoding: 'nope' }).next(); } catch (e) { console.log(e.code, e.message) }
  fs.rmSync(dir, { recursive: true });
})();
