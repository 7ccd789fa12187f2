'use strict';
// Node v20's `util`. inspect/format come from node-inspect-extracted (Node's own inspect code).

const {
  codes: { ERR_FALSY_VALUE_REJECTION, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
  getSystemErrorName: sysErrName,
  getSystemErrorMap,
} = require('internal/errors');
const { validateFunction, validateNumber, validateString, validateOneOf } = require('internal/validators');
const insp = require('internal/util/inspect');
const types = require('internal/util/types');
const { TextEncoder, TextDecoder } = require('internal/util/encoding');

const { inspect, format, formatWithOptions, stripVTControlCharacters } = insp;

const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
const kCustomPromisifyArgsSymbol = Symbol.for('nodecompat.util.promisify.customArgs');

function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisifiedSymbol]) {
    const fn = original[kCustomPromisifiedSymbol];
    validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisifiedSymbol, {
      __proto__: null, value: fn, enumerable: false, writable: false, configurable: true,
    });
  }
  const argumentNames = original[kCustomPromisifyArgsSymbol];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisifiedSymbol, {
    __proto__: null, value: fn, enumerable: false, writable: false, configurable: true,
  });
  const descriptors = Object.getOwnPropertyDescriptors(original);
  for (const key of Reflect.ownKeys(descriptors)) {
    if (key === 'length' || key === 'name' || key === 'prototype') continue;
    try { Object.defineProperty(fn, key, descriptors[key]); } catch { /* non-configurable */ }
  }
  return fn;
}
promisify.custom = kCustomPromisifiedSymbol;

function callbackifyOnRejected(reason, cb) {
  if (!reason) {
    const newReason = new ERR_FALSY_VALUE_REJECTION(reason);
    newReason.reason = reason;
    reason = newReason;
  }
  return cb(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args)
      .then((ret) => process.nextTick(cb, null, ret),
            (rej) => process.nextTick(callbackifyOnRejected, rej, cb));
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  const propertiesValues = Object.values(descriptors);
  for (let i = 0; i < propertiesValues.length; i++) Object.setPrototypeOf(propertiesValues[i], null);
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', {
    __proto__: null, value: superCtor, writable: true, configurable: true,
  });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

const codesWarned = new Set();
function deprecate(fn, msg, code) {
  if (typeof process !== 'undefined' && process.noDeprecation === true) return fn;
  if (code !== undefined) validateString(code, 'code');
  let warned = false;
  function deprecated(...args) {
    if (!warned && !(typeof process !== 'undefined' && process.noDeprecation)) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
          codesWarned.add(code);
        }
      } else {
        process.emitWarning(msg, 'DeprecationWarning', deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

// debuglog(section): prints "SECTION pid: msg" to stderr when NODE_DEBUG names the section.
let debugImpls;
let debugEnvRegex;
function initDebugEnv() {
  debugImpls = { __proto__: null };
  const env = (typeof process !== 'undefined' && process.env.NODE_DEBUG) || '';
  if (env) {
    const pattern = env.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*').replace(/,/g, '$|^');
    debugEnvRegex = new RegExp(`^${pattern}$`, 'i');
  } else {
    debugEnvRegex = null;
  }
}
function debuglog(set, cb) {
  if (debugImpls === undefined) initDebugEnv();
  set = set.toUpperCase();
  let fn = debugImpls[set];
  if (fn === undefined) {
    if (debugEnvRegex !== null && debugEnvRegex.test(set)) {
      const pid = process.pid;
      fn = function debug(...args) {
        const msg = formatWithOptions({ colors: false }, ...args);
        process.stderr.write(`${set} ${pid}: ${msg}\n`);
      };
      fn.enabled = true;
    } else {
      fn = function debug() {};
      fn.enabled = false;
    }
    debugImpls[set] = fn;
    if (typeof cb === 'function') cb(fn);
  }
  const logger = (...args) => fn(...args);
  Object.defineProperty(logger, 'enabled', { __proto__: null, get() { return fn.enabled; }, configurable: true, enumerable: true });
  return logger;
}

function isDeepStrictEqual(a, b) {
  return require('internal/util/comparisons').isDeepStrictEqual(a, b);
}

function toUSVString(input) {
  return `${input}`.toWellFormed ? `${input}`.toWellFormed() :
    `${input}`.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

function getSystemErrorName(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) {
    throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  }
  return sysErrName(err);
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

// styleText(format, text): ANSI styling with inspect.colors (v20.12+).
function styleText(fmt, text, { validateStream = true, stream = process.stdout } = {}) {
  validateString(text, 'text');
  const formats = Array.isArray(fmt) ? fmt : [fmt];
  let left = '';
  let right = '';
  for (const key of formats) {
    const code = inspect.colors[key];
    if (code === undefined) validateOneOf(key, 'format', Object.keys(inspect.colors));
    left += `\u001b[${code[0]}m`;
    right = `\u001b[${code[1]}m${right}`;
  }
  // v20.20: no escapes unless the target stream shows colours
  if (validateStream && !(stream?.isTTY && (typeof stream.hasColors !== 'function' || stream.hasColors()))) return text;
  return `${left}${text}${right}`;
}

function aborted(signal, resource) {
  if (signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}

const legacy = {
  isArray: Array.isArray,
  isBoolean: (a) => typeof a === 'boolean',
  isBuffer: (a) => require('buffer').Buffer.isBuffer(a),
  isDate: types.isDate,
  isError: (e) => types.isNativeError(e) || e instanceof Error,
  isFunction: (a) => typeof a === 'function',
  isNull: (a) => a === null,
  isNullOrUndefined: (a) => a === null || a === undefined,
  isNumber: (a) => typeof a === 'number',
  isObject: (a) => a !== null && typeof a === 'object',
  isPrimitive: (a) => a === null || (typeof a !== 'object' && typeof a !== 'function'),
  isRegExp: types.isRegExp,
  isString: (a) => typeof a === 'string',
  isSymbol: (a) => typeof a === 'symbol',
  isUndefined: (a) => a === undefined,
};

function log(...args) {
  const d = new Date();
  const pad = (n) => n.toString().padStart(2, '0');
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const time = [pad(d.getHours()), pad(d.getMinutes()), pad(d.getSeconds())].join(':');
  console.log('%s - %s', `${d.getDate()} ${months[d.getMonth()]} ${time}`, format(...args));
}

module.exports = {
  _errnoException: (...a) => require('internal/errors').errnoException(...a),
  _exceptionWithHostPort: (...a) => require('internal/errors').exceptionWithHostPort(...a),
  _extend,
  aborted,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isDeepStrictEqual,
  log,
  promisify,
  stripVTControlCharacters,
  styleText,
  toUSVString,
  transferableAbortSignal(signal) {
    if (signal?.constructor?.name !== 'AbortSignal') throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
    return signal;
  },
  transferableAbortController() { return new AbortController(); },
  parseEnv(content) {
    validateString(content, 'content');
    return require('internal/util/dotenv').parse(content);
  },
  TextDecoder,
  TextEncoder,
  types,
  ...legacy,
};
Object.defineProperty(module.exports, 'parseArgs', {
  __proto__: null, enumerable: true, configurable: true, writable: true,
  value: function parseArgs(config) { return require('internal/util/parse_args')(config); },
});
