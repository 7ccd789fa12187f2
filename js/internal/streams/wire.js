'use strict';
// Load readable-stream 4 (Node's own stream code, packaged for npm) with Node's error classes:
// its `codes` table and AbortError are swapped for ours before any stream file reads them, so
// stream errors carry Node's class, `code`, message and `[ERR_X]` stack header.

require('events'); // defines Symbol.dispose before readable-stream's primordials read it
const ours = require('internal/errors');
const rsErrors = require('readable-stream/lib/ours/errors.js');

for (const key of Object.keys(rsErrors.codes)) {
  if (ours.codes[key] !== undefined) rsErrors.codes[key] = ours.codes[key];
}
rsErrors.AbortError = ours.AbortError;

const Stream = require('readable-stream/lib/stream.js');
const promises = require('readable-stream/lib/stream/promises.js');

module.exports = { Stream, promises };
