const util = require('util');
const ok = util.callbackify(async (x) => x * 2);
const bad = util.callbackify(async () => { throw new TypeError('bad'); });
ok(21, (err, v) => console.log('ok', err, v));
bad((err) => console.log('bad', err.name, err.message));
console.log(ok.name, ok.length);
try { ok(1, 2); } catch (e) { console.log(e.name, e.code, e.message); }
try { util.callbackify(1); } catch (e) { console.log(e.code, e.message); }
