const util = require('util');
function legacy(a, b, cb) { setTimeout(() => cb(null, a + b), 1); }
function fails(cb) { process.nextTick(cb, new Error('nope')); }
function custom() {}
custom[util.promisify.custom] = () => Promise.resolve('custom!');
(async () => {
  console.log(await util.promisify(legacy)(2, 3));
  try { await util.promisify(fails)(); } catch (e) { console.log('rejected', e.message); }
  console.log(await util.promisify(custom)(), util.promisify(custom) === custom[util.promisify.custom]);
  console.log(typeof util.promisify(legacy), util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
  try { util.promisify('x'); } catch (e) { console.log(e.name, e.code, e.message); }
})();
