'use strict';
// structuredClone (HTML structured serialization, in-process): cycles, Map/Set/Date/RegExp,
// ArrayBuffer/views, errors, boxed primitives; functions and symbols throw DataCloneError.

const ERRORS = { Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError };

function dataCloneError(value) {
  const { DOMException } = require('internal/globals/web');
  let text;
  try { text = typeof value === 'function' ? `${value}` : String(value); } catch { text = 'value'; }
  return new DOMException(`${text} could not be cloned.`, 'DataCloneError');
}

function structuredClone(value, options = undefined) {
  if (arguments.length === 0) {
    const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');
    throw new ERR_MISSING_ARGS('value');
  }
  const seen = new Map();
  const transfer = options && options.transfer ? options.transfer : [];
  void transfer;
  function clone(v) {
    if (typeof v === 'function' || typeof v === 'symbol') throw dataCloneError(v);
    if (v === null || typeof v !== 'object') return v;
    if (seen.has(v)) return seen.get(v);
    let out;
    const tag = Object.prototype.toString.call(v);
    if (Array.isArray(v)) {
      out = new Array(v.length);
      seen.set(v, out);
      for (const k of Object.keys(v)) out[k] = clone(v[k]);
      return out;
    }
    switch (tag) {
      case '[object Date]': out = new Date(v.getTime()); break;
      case '[object RegExp]': out = new RegExp(v.source, v.flags); break;
      case '[object Boolean]': out = Object(Boolean.prototype.valueOf.call(v)); break;
      case '[object Number]': out = Object(Number.prototype.valueOf.call(v)); break;
      case '[object String]': out = Object(String.prototype.valueOf.call(v)); break;
      case '[object BigInt]': out = Object(BigInt.prototype.valueOf.call(v)); break;
      case '[object ArrayBuffer]': out = v.slice(0); break;
      case '[object Map]':
        out = new Map();
        seen.set(v, out);
        for (const [k, val] of v) out.set(clone(k), clone(val));
        return out;
      case '[object Set]':
        out = new Set();
        seen.set(v, out);
        for (const k of v) out.add(clone(k));
        return out;
      case '[object Error]': {
        const Ctor = ERRORS[v.name] || Error;
        out = new Ctor(v.message);
        seen.set(v, out);
        if (v.stack !== undefined) Object.defineProperty(out, 'stack', { value: v.stack, writable: true, configurable: true });
        if ('cause' in v) out.cause = clone(v.cause);
        return out;
      }
      default:
        if (ArrayBuffer.isView(v)) {
          const buf = clone(v.buffer);
          const Ctor = v instanceof DataView ? DataView : Object.getPrototypeOf(Uint8Array).isPrototypeOf(v.constructor)
            ? globalThis[v[Symbol.toStringTag]] : Uint8Array;
          out = v instanceof DataView ? new DataView(buf, v.byteOffset, v.byteLength)
            : new Ctor(buf, v.byteOffset, v.length);
          break;
        }
        if (tag === '[object Promise]' || tag === '[object WeakMap]' || tag === '[object WeakSet]' ||
            tag === '[object WeakRef]' || (typeof v.constructor === 'function' && /^(Event|EventTarget|AbortSignal)$/.test(v.constructor.name))) {
          throw dataCloneError(v);
        }
        out = {};
        seen.set(v, out);
        for (const k of Object.keys(v)) out[k] = clone(v[k]);
        return out;
    }
    seen.set(v, out);
    return out;
  }
  return clone(value);
}

module.exports = { structuredClone };
