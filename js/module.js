'use strict';
// `module`: the CommonJS Module class (internal/modules/cjs/loader) with createRequire & co.
module.exports = require('internal/modules/cjs/loader').Module;
