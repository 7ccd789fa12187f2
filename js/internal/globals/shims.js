'use strict';
// Intrinsics Node has and this SpiderMonkey build lacks (no shared memory): plain stand-ins so
// code that enumerates globals (Node's primordials, util.inspect) works.

function install() {
  if (typeof globalThis.SharedArrayBuffer === 'undefined') {
    class SharedArrayBuffer {
      #buf;
      constructor(length = 0) { this.#buf = new ArrayBuffer(length); }
      get byteLength() { return this.#buf.byteLength; }
      get growable() { return false; }
      get maxByteLength() { return this.#buf.byteLength; }
      slice(a, b) {
        const s = new SharedArrayBuffer(0);
        s.#buf = this.#buf.slice(a, b);
        return s;
      }
      get [Symbol.toStringTag]() { return 'SharedArrayBuffer'; }
    }
    Object.defineProperty(globalThis, 'SharedArrayBuffer', { value: SharedArrayBuffer, writable: true, configurable: true });
  }
  if (typeof globalThis.Atomics === 'undefined') {
    const op = (f) => (ta, i, v) => { const old = ta[i]; ta[i] = f(old, v); return old; };
    const Atomics = {
      add: op((a, b) => a + b), sub: op((a, b) => a - b), and: op((a, b) => a & b),
      or: op((a, b) => a | b), xor: op((a, b) => a ^ b), exchange: op((a, b) => b),
      compareExchange(ta, i, expected, v) { const old = ta[i]; if (old === expected) ta[i] = v; return old; },
      load(ta, i) { return ta[i]; },
      store(ta, i, v) { ta[i] = v; return v; },
      isLockFree(n) { return n === 1 || n === 2 || n === 4 || n === 8; },
      wait() { return 'timed-out'; },
      notify() { return 0; },
      [Symbol.toStringTag]: 'Atomics',
    };
    Object.defineProperty(globalThis, 'Atomics', { value: Atomics, writable: true, configurable: true });
  }
}

module.exports = { install };
