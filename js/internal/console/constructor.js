'use strict';
// Node's Console class (lib/internal/console/constructor.js behaviour): log/info/debug to stdout,
// warn/error/trace to stderr, group indentation, counters, timers, table, assert, dir.

const {
  codes: { ERR_CONSOLE_WRITABLE_STREAM, ERR_INVALID_ARG_VALUE, ERR_INCOMPATIBLE_OPTION_PAIR },
  framesOf,
} = require('internal/errors');
const { validateArray, validateInteger, validateObject, validateOneOf } = require('internal/validators');
const { inspect, formatWithOptions } = require('internal/util/inspect');
const { isMap, isMapIterator, isSet, isSetIterator } = require('internal/util/types');
const cliTable = require('internal/console/cli_table');

const kCounts = Symbol('kCounts');
const kTimers = Symbol('kTimers');
const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentationWidth = Symbol('kGroupIndentWidth');
const kColorMode = Symbol('kColorMode');
const kInspectOptions = Symbol('kInspectOptions');
const kStreams = Symbol('kStreams');

const kSecond = 1000;
const kMinute = 60 * kSecond;
const kHour = 60 * kMinute;

function now() {
  if (typeof performance !== 'undefined' && typeof performance.now === 'function') return performance.now();
  return Date.now();
}

function pad(value) { return `${value}`.padStart(2, '0'); }

function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= kSecond) {
    if (ms >= kMinute) {
      if (ms >= kHour) {
        hours = Math.floor(ms / kHour);
        ms = ms % kHour;
      }
      minutes = Math.floor(ms / kMinute);
      ms = ms % kMinute;
    }
    seconds = ms / kSecond;
  }
  if (hours !== 0 || minutes !== 0) {
    ({ 0: seconds, 1: ms } = seconds.toFixed(3).split('.'));
    const res = hours !== 0 ? `${hours}:${pad(minutes)}` : minutes;
    return `${res}:${pad(seconds)}.${ms} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

function emitWarning(msg) {
  if (typeof process !== 'undefined' && typeof process.emitWarning === 'function') process.emitWarning(msg);
}

// streams: { stdout, stderr } or a function returning them (the global console binds lazily).
function Console(options, stderr, ignoreErrors) {
  if (!new.target) return Reflect.construct(Console, arguments);
  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr, ignoreErrors };
  }
  const {
    stdout,
    stderr: err = stdout,
    ignoreErrors: ignore = true,
    colorMode = 'auto',
    inspectOptions,
    groupIndentation,
  } = options;
  if (!stdout || typeof stdout.write !== 'function') throw new ERR_CONSOLE_WRITABLE_STREAM('stdout');
  if (!err || typeof err.write !== 'function') throw new ERR_CONSOLE_WRITABLE_STREAM('stderr');
  validateOneOf(colorMode, 'colorMode', ['auto', true, false]);
  if (groupIndentation !== undefined) validateInteger(groupIndentation, 'groupIndentation', 0, 1000);
  if (inspectOptions !== undefined) {
    validateObject(inspectOptions, 'options.inspectOptions');
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw new ERR_INCOMPATIBLE_OPTION_PAIR('options.inspectOptions.color', 'colorMode');
    }
  }
  setup(this, () => ({ stdout, stderr: err }), colorMode, inspectOptions, groupIndentation, ignore);
}

function setup(self, streams, colorMode = 'auto', inspectOptions, groupIndentation = 2, ignoreErrors = true) {
  Object.defineProperties(self, {
    [kStreams]: { __proto__: null, value: streams, writable: true },
    [kCounts]: { __proto__: null, value: new Map(), writable: true },
    [kTimers]: { __proto__: null, value: new Map(), writable: true },
    [kGroupIndent]: { __proto__: null, value: '', writable: true },
    [kGroupIndentationWidth]: { __proto__: null, value: groupIndentation ?? 2, writable: true },
    [kColorMode]: { __proto__: null, value: colorMode, writable: true },
    [kInspectOptions]: { __proto__: null, value: inspectOptions, writable: true },
    _ignoreErrors: { __proto__: null, value: ignoreErrors, writable: true, enumerable: false },
  });
  // Node binds every method to the instance so `const { log } = console` works.
  for (const key of Reflect.ownKeys(consoleMethods)) {
    const fn = consoleMethods[key].bind(self);
    Object.defineProperty(fn, 'name', { __proto__: null, value: key });
    self[key] = fn;
  }
}

function useColors(self, stream) {
  const mode = self[kColorMode];
  if (mode !== 'auto') return mode;
  if (!stream || !stream.isTTY) return false;
  if (typeof stream.hasColors === 'function') return stream.hasColors();
  return true;
}

function inspectOptionsFor(self, stream) {
  const colors = useColors(self, stream);
  const opts = self[kInspectOptions];
  if (opts) return opts.colors === undefined ? { ...opts, colors } : opts;
  return colors ? { colors: true } : { colors: false };
}

function write(self, useStdErr, string) {
  const streams = self[kStreams]();
  const stream = useStdErr ? streams.stderr : streams.stdout;
  const groupIndent = self[kGroupIndent];
  if (groupIndent.length !== 0) {
    if (string.includes('\n')) string = string.replace(/\n/g, `\n${groupIndent}`);
    string = groupIndent + string;
  }
  string += '\n';
  if (!self._ignoreErrors) return stream.write(string);
  try {
    stream.write(string);
  } catch (e) {
    // Node swallows EPIPE and friends on console writes; anything else is real
    if (e === null || typeof e !== 'object' || !('code' in e)) throw e;
  }
}

function formatFor(self, useStdErr, args) {
  const streams = self[kStreams]();
  const opts = inspectOptionsFor(self, useStdErr ? streams.stderr : streams.stdout);
  return formatWithOptions(opts, ...args);
}

const indexKey = '(index)';
const iterKey = '(iteration index)';
const keyKey = 'Key';
const valuesKey = 'Values';

const consoleMethods = {
  log(...args) { write(this, false, formatFor(this, false, args)); },
  warn(...args) { write(this, true, formatFor(this, true, args)); },
  dir(object, options) {
    const streams = this[kStreams]();
    write(this, false, inspect(object, {
      customInspect: false,
      ...inspectOptionsFor(this, streams.stdout),
      ...options,
    }));
  },
  time(label = 'default') {
    label = `${label}`;
    if (this[kTimers].has(label)) {
      emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this[kTimers].set(label, now());
  },
  timeEnd(label = 'default') {
    label = `${label}`;
    if (timeLogImpl(this, 'timeEnd', label)) this[kTimers].delete(label);
  },
  timeLog(label = 'default', ...data) {
    label = `${label}`;
    timeLogImpl(this, 'timeLog', label, data);
  },
  trace(...args) {
    const message = formatFor(this, true, args);
    let frames = [];
    try { frames = framesOf(new Error().stack).slice(1); } catch { /* no stack */ }
    const header = message ? `Trace: ${message}` : 'Trace';
    this.error(frames.length ? `${header}\n${frames.join('\n')}` : header);
  },
  assert(expression, ...args) {
    if (!expression) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      Reflect.apply(this.warn, this, args);
    }
  },
  clear() {
    const stdout = this[kStreams]().stdout;
    if (stdout.isTTY && process.env.TERM !== 'dumb') stdout.write('\x1b[1;1H\x1b[0J');
  },
  count(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    let count = counts.get(label);
    if (count === undefined) count = 1;
    else count++;
    counts.set(label, count);
    this.log(`${label}: ${count}`);
  },
  countReset(label = 'default') {
    const counts = this[kCounts];
    if (!counts.has(label)) {
      emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(`${label}`);
  },
  group(...data) {
    if (data.length > 0) Reflect.apply(this.log, this, data);
    this[kGroupIndent] += ' '.repeat(this[kGroupIndentationWidth]);
  },
  groupEnd() {
    this[kGroupIndent] = this[kGroupIndent].slice(0, this[kGroupIndent].length - this[kGroupIndentationWidth]);
  },
  table(tabularData, properties) {
    if (properties !== undefined) validateArray(properties, 'properties');
    if (tabularData === null || typeof tabularData !== 'object') return this.log(tabularData);
    const final = (k, v) => this.log(cliTable(k, v));
    const streams = this[kStreams]();
    const _inspect = (v) => {
      const depth = v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 2 ? -1 : 0;
      const opt = { depth, maxArrayLength: 3, breakLength: Infinity, ...inspectOptionsFor(this, streams.stdout) };
      return inspect(v, opt);
    };
    const getIndexArray = (length) => Array.from({ length }, (_, i) => _inspect(i));

    const mapIter = isMapIterator(tabularData);
    if (mapIter) tabularData = [...tabularData];
    if (isMap(tabularData) || (mapIter && tabularData.every((e) => Array.isArray(e) && e.length === 2))) {
      const keys = [];
      const values = [];
      let length = 0;
      for (const { 0: k, 1: v } of tabularData) {
        keys.push(_inspect(k));
        values.push(_inspect(v));
        length++;
      }
      return final([iterKey, keyKey, valuesKey], [getIndexArray(length), keys, values]);
    }

    const setIter = isSetIterator(tabularData);
    if (setIter) tabularData = [...tabularData];
    if (setIter || isSet(tabularData)) {
      const values = [];
      let length = 0;
      for (const v of tabularData) {
        values.push(_inspect(v));
        length++;
      }
      return final([iterKey, valuesKey], [getIndexArray(length), values]);
    }

    const map = { __proto__: null };
    let hasPrimitives = false;
    const valuesKeyArray = [];
    const indexKeyArray = Object.keys(tabularData);
    for (let i = 0; i < indexKeyArray.length; i++) {
      const item = tabularData[indexKeyArray[i]];
      const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
      if (properties === undefined && primitive) {
        hasPrimitives = true;
        valuesKeyArray[i] = _inspect(item);
      } else {
        const keys = properties || Object.keys(item);
        for (const key of keys) {
          map[key] ??= [];
          if ((primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)) map[key][i] = '';
          else map[key][i] = _inspect(item[key]);
        }
      }
    }
    const keys = Object.keys(map);
    const values = Object.values(map);
    if (hasPrimitives) {
      keys.push(valuesKey);
      values.push(valuesKeyArray);
    }
    keys.unshift(indexKey);
    values.unshift(indexKeyArray);
    return final(keys, values);
  },
};
// inspector-only in Node: no-ops without an inspector
consoleMethods.profile = function profile() {};
consoleMethods.profileEnd = function profileEnd() {};
consoleMethods.timeStamp = function timeStamp() {};
consoleMethods.debug = consoleMethods.log;
consoleMethods.info = consoleMethods.log;
consoleMethods.dirxml = consoleMethods.log;
consoleMethods.error = consoleMethods.warn;
consoleMethods.groupCollapsed = consoleMethods.group;

function timeLogImpl(self, name, label, data) {
  const time = self[kTimers].get(label);
  if (time === undefined) {
    emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const formatted = formatTime(now() - time);
  if (data === undefined) self.log('%s: %s', label, formatted);
  else self.log('%s: %s', label, formatted, ...data);
  return true;
}

Object.assign(Console.prototype, consoleMethods);
Object.defineProperty(Console, Symbol.hasInstance, {
  __proto__: null,
  value(instance) { return instance !== null && typeof instance === 'object' && kStreams in instance; },
});

// The global console: writes to process.stdout / process.stderr, looked up at write time.
function createGlobalConsole() {
  const globalConsole = { __proto__: {} };
  setup(globalConsole, () => ({ stdout: process.stdout, stderr: process.stderr }));
  globalConsole.Console = Console;
  // non-standard but present in Node
  globalConsole.context = function context() { return createGlobalConsole(); };
  return globalConsole;
}

module.exports = { Console, createGlobalConsole, formatTime, kStreams };
void ERR_INVALID_ARG_VALUE;
