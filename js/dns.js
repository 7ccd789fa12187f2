'use strict';
// Node's `dns`: callback API; `dns.promises` is `require('dns/promises')` (js/internal/dns/core.js).

const { callbacks, promises } = require('internal/dns/core');

module.exports = callbacks;
Object.defineProperty(module.exports, 'promises', {
  __proto__: null, configurable: true, enumerable: true,
  get() { return promises; },
});
