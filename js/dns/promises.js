'use strict';
// Node's `dns/promises` (same object as `require('dns').promises`).

module.exports = require('internal/dns/core').promises;
