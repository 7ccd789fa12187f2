'use strict';
// `timers`: the same functions as the globals (internal/timers), plus `timers.promises`.

const t = require('internal/timers');

module.exports = {
  setTimeout: t.setTimeout,
  clearTimeout: t.clearTimeout,
  setInterval: t.setInterval,
  clearInterval: t.clearInterval,
  setImmediate: t.setImmediate,
  clearImmediate: t.clearImmediate,
  get promises() { return require('timers/promises'); },
  // legacy enroll API
  active(item) { if (item && typeof item.refresh === 'function') item.refresh(); },
  unenroll(item) { t.clearTimeout(item); },
};
