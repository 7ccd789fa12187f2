'use strict';
// AbortController / AbortSignal (with abort(), timeout(), any(), throwIfAborted()).

const { EventTarget, Event, DOMException } = require('internal/globals/web');

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kCreate = Symbol('create');
let creating = false;

class AbortSignal extends EventTarget {
  constructor() {
    if (!creating) {
      const e = new TypeError('Illegal constructor');
      e.code = 'ERR_ILLEGAL_CONSTRUCTOR';
      throw e;
    }
    super();
    this[kAborted] = false;
    this[kReason] = undefined;
    this.onabort = null;
  }
  get aborted() { return this[kAborted]; }
  get reason() { return this[kReason]; }
  throwIfAborted() {
    if (this[kAborted]) throw this[kReason];
  }
  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    const s = createSignal();
    s[kAborted] = true;
    s[kReason] = reason;
    return s;
  }
  static timeout(delay) {
    const { validateUint32 } = require('internal/validators');
    validateUint32(delay, 'delay', false);
    const s = createSignal();
    const ref = new WeakRef(s);
    const t = setTimeout(() => {
      const sig = ref.deref();
      if (sig) abortSignal(sig, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay);
    t.unref();
    return s;
  }
  static any(signals) {
    const s = createSignal();
    for (const sig of signals) {
      if (sig.aborted) {
        s[kAborted] = true;
        s[kReason] = sig.reason;
        return s;
      }
    }
    for (const sig of signals) {
      sig.addEventListener('abort', () => abortSignal(s, sig.reason), { once: true });
    }
    return s;
  }
  get [Symbol.toStringTag]() { return 'AbortSignal'; }
  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    return `AbortSignal { aborted: ${inspect(this.aborted, options)} }`;
  }
}

function createSignal() {
  creating = true;
  try {
    return new AbortSignal();
  } finally {
    creating = false;
  }
}

function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  const event = new Event('abort');
  if (typeof signal.onabort === 'function') {
    try { signal.onabort.call(signal, event); } catch (err) { process.nextTick(() => { throw err; }); }
  }
  signal.dispatchEvent(event);
}

class AbortController {
  #signal = createSignal();
  get signal() { return this.#signal; }
  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    abortSignal(this.#signal, reason);
  }
  get [Symbol.toStringTag]() { return 'AbortController'; }
  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    return `AbortController { signal: ${inspect(this.signal, options)} }`;
  }
}

module.exports = { AbortController, AbortSignal, abortSignal, kCreate };
