'use strict';
// `console`: the global console object (writing to process.stdout/stderr), with `Console` on it.
// The host installs this object as globalThis.console.
const { createGlobalConsole } = require('internal/console/constructor');

module.exports = createGlobalConsole();
