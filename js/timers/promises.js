'use strict';
// `timers/promises`: setTimeout, setImmediate, setInterval (async iterator), scheduler.

const timers = require('internal/timers');

function abortError(signal) {
  const { AbortError } = require('internal/errors');
  return new AbortError(undefined, { cause: signal.reason });
}

function validateOptions(options) {
  const { validateObject, validateBoolean, validateAbortSignal } = require('internal/validators');
  validateObject(options, 'options');
  const { signal, ref = true } = options;
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  validateBoolean(ref, 'options.ref');
  return { signal, ref };
}

function delayed(schedule, clear, value, options) {
  const { signal, ref } = validateOptions(options);
  if (signal && signal.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    let onAbort;
    const handle = schedule(() => {
      if (signal) signal.removeEventListener('abort', onAbort);
      resolve(value);
    });
    if (!ref) handle.unref();
    if (signal) {
      onAbort = () => {
        clear(handle);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
}

function setTimeout(after, value, options = {}) {
  return delayed((cb) => timers.setTimeout(cb, after), timers.clearTimeout, value, options);
}

function setImmediate(value, options = {}) {
  return delayed((cb) => timers.setImmediate(cb), timers.clearImmediate, value, options);
}

async function* setInterval(after, value, options = {}) {
  const { signal, ref } = validateOptions(options);
  if (signal && signal.aborted) throw abortError(signal);
  let pending = 0;
  let wake = null;
  const interval = timers.setInterval(() => {
    pending++;
    if (wake) { wake(); wake = null; }
  }, after);
  if (!ref) interval.unref();
  let onAbort;
  const aborted = new Promise((_, reject) => {
    if (signal) {
      onAbort = () => reject(abortError(signal));
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
  aborted.catch(() => {});
  try {
    for (;;) {
      if (pending === 0) {
        await Promise.race([new Promise((r) => { wake = r; }), aborted]);
      }
      if (signal && signal.aborted) throw abortError(signal);
      pending--;
      yield value;
    }
  } finally {
    timers.clearInterval(interval);
    if (signal && onAbort) signal.removeEventListener('abort', onAbort);
  }
}

const scheduler = {
  wait: (delay, options) => setTimeout(delay, undefined, options),
  yield: () => setImmediate(),
};

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
