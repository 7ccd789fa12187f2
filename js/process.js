'use strict';
// `process`: the global process object.
module.exports = globalThis.process;
