const { Writable, Readable, Transform, finished } = require('stream');
const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('error', (err) => console.log('write after end:', err.name, err.code, err.message));
w.end('last');
w.write('too late', (err) => console.log('write cb:', err && err.code));
const r = new Readable({ read() {} });
r.on('error', (err) => console.log('push after EOF:', err.name, err.code, err.message));
r.push(null); r.push('more'); r.resume();
try { new Writable({ write(c, e, cb) { cb(); } }).write(null); } catch (e) { console.log(e.name, e.code, e.message); }
const d = new Readable({ read() {} });
finished(d, (err) => console.log('premature:', err.code, err.message));
d.destroy();
const ac = new AbortController();
const withSignal = new Readable({ read() {}, signal: ac.signal });
withSignal.on('error', (err) => console.log('aborted:', err.name, err.code, err.message));
ac.abort();
const t = new Transform({ transform(c, e, cb) { cb(); } });
t.destroy(new Error('destroyed with error'));
t.on('error', (err) => console.log('destroy error:', err.message));
