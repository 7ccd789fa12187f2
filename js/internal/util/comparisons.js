'use strict';
// Deep equality (assert.deepEqual / deepStrictEqual / util.isDeepStrictEqual): npm `assert`'s
// port of Node's lib/internal/util/comparisons.js.
const { isDeepEqual, isDeepStrictEqual } = require('assert/build/internal/util/comparisons');

module.exports = { isDeepEqual, isDeepStrictEqual };
