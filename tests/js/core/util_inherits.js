const util = require('util');
function A() {} A.prototype.hello = function () { return 'A'; };
function B() { A.call(this); }
util.inherits(B, A);
console.log(new B().hello(), B.super_ === A);
for (const args of [[null, A], [B, null], [B, {}]]) {
  try { util.inherits(...args); } catch (e) { console.log(e.name, e.code, e.message); }
}
process.noDeprecation = true;
const quiet = util.deprecate(() => 'quiet result', 'never printed', 'DEP_TEST0');
console.log(quiet(), typeof quiet);
