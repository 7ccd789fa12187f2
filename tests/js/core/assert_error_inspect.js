const assert = require('assert');
try { assert.strictEqual(1, 2); } catch (e) { console.log(e); }
try { assert.deepStrictEqual({ a: 'x' }, { a: 'y' }); } catch (e) { console.log(e); }
