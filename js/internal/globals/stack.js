'use strict';
// V8-style `err.stack` ("Name: message\n    at fn (file:line:col)") on SpiderMonkey, plus
// Error.captureStackTrace and Error.stackTraceLimit, which Node code relies on.

const jsRoot = require('internal/bootstrap/realm_state').jsRoot;

const kNativeGet = Symbol.for('nodecompat.nativeStackGetter');
const desc = Object.getOwnPropertyDescriptor(Error.prototype, 'stack');
// a second Host in the same process finds our getter: keep using the engine's
const nativeGet = desc && (desc.get[kNativeGet] || desc.get);
const kRaw = Symbol('nodecompat.rawStack');

function frameLocation(loc) {
  if (loc.startsWith(`${jsRoot}/`) && !loc.startsWith(`${jsRoot}/node_modules/`)) {
    return `node:${loc.slice(jsRoot.length + 1).replace(/\.js(?=:\d+:\d+$)/, '')}`;
  }
  return loc;
}

function convertFrames(raw, skip = 0) {
  const lines = raw.split('\n');
  const out = [];
  const limit = typeof Error.stackTraceLimit === 'number' ? Error.stackTraceLimit : 10;
  for (let i = skip; i < lines.length && out.length < limit; i++) {
    const line = lines[i];
    if (!line) continue;
    const at = line.lastIndexOf('@');
    if (at === -1) continue;
    let fn = line.slice(0, at);
    const loc = frameLocation(line.slice(at + 1));
    fn = fn.replace(/\/<$/, '').replace(/\*$/, '').replace(/^async\*/, 'async ');
    out.push(fn ? `    at ${fn} (${loc})` : `    at ${loc}`);
  }
  return out.join('\n');
}

function header(err) {
  let name;
  let message;
  try {
    name = err.name;
    message = err.message;
  } catch {
    return 'Error';
  }
  name = name === undefined ? 'Error' : String(name);
  message = message === undefined ? '' : String(message);
  if (!name) return message;
  if (!message) return name;
  return `${name}: ${message}`;
}

function buildStack(err, raw) {
  const frames = convertFrames(raw || '');
  return frames ? `${header(err)}\n${frames}` : header(err);
}

function install() {
  if (!nativeGet) return;
  Object.defineProperty(Error.prototype, 'stack', {
    configurable: true,
    enumerable: false,
    get() {
      let raw;
      try {
        raw = nativeGet.call(this);
      } catch {
        return undefined;
      }
      if (typeof raw !== 'string') return raw;
      const stack = buildStack(this, raw);
      // freeze the text on first read, as V8 does at construction
      Object.defineProperty(this, 'stack', { value: stack, writable: true, configurable: true, enumerable: false });
      return stack;
    },
    set(value) {
      Object.defineProperty(this, 'stack', { value, writable: true, configurable: true, enumerable: false });
    },
  });
  Object.defineProperty(Object.getOwnPropertyDescriptor(Error.prototype, 'stack').get, kNativeGet, { value: nativeGet });
  Error.stackTraceLimit = 10;
  Error.captureStackTrace = function captureStackTrace(obj, fn) {
    if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) {
      throw new TypeError('Invalid argument');
    }
    const raw = nativeGet.call(new Error());
    let lines = raw.split('\n').slice(1); // drop captureStackTrace itself
    if (typeof fn === 'function' && fn.name) {
      const i = lines.findIndex((l) => l.slice(0, l.lastIndexOf('@')).replace(/\/<$/, '').endsWith(fn.name));
      if (i !== -1) lines = lines.slice(i + 1);
    }
    const frames = convertFrames(lines.join('\n'));
    let text;
    Object.defineProperty(obj, 'stack', {
      configurable: true,
      enumerable: false,
      get() {
        text ??= frames ? `${header(obj)}\n${frames}` : header(obj);
        return text;
      },
      set(value) {
        Object.defineProperty(obj, 'stack', { value, writable: true, configurable: true, enumerable: false });
      },
    });
  };
}

// The location of the innermost frame of `err` outside nodecompat's own files: [file, line, col].
function throwLocation(err) {
  let raw;
  try {
    raw = nativeGet.call(err);
  } catch {
    return null;
  }
  if (typeof raw !== 'string') return null;
  // a compile error: where the bad token is, not where compilation was called
  if (err instanceof SyntaxError && typeof err.fileName === 'string' && err.lineNumber &&
      !err.fileName.startsWith(`${jsRoot}/`)) {
    return [err.fileName, err.lineNumber, err.columnNumber || 1];
  }
  for (const line of raw.split('\n')) {
    const m = /@(.*):(\d+):(\d+)$/.exec(line);
    if (!m) continue;
    return [m[1], Number(m[2]), Number(m[3])];
  }
  if (typeof err.fileName === 'string' && err.lineNumber) {
    return [err.fileName, err.lineNumber, err.columnNumber || 1];
  }
  return null;
}

module.exports = { install, throwLocation, convertFrames, kRaw };
