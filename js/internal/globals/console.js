'use strict';
// Fallback console (used only when js/console.js is absent).
const { formatWithOptions } = require('node-inspect-extracted');
const { writeString } = require('internal/process/object');

function createConsole() {
  const out = (...args) => writeString(1, `${formatWithOptions({}, ...args)}\n`);
  const err = (...args) => writeString(2, `${formatWithOptions({}, ...args)}\n`);
  return { log: out, info: out, debug: out, error: err, warn: err, trace: err, dir: out };
}

module.exports = { createConsole };
