'use strict';
// Node's `os`, from internalBinding('os') (Python reads /proc, uname, getifaddrs, passwd).

const { getSystemErrorMessage, codes: { ERR_SYSTEM_ERROR } } = require('internal/errors');
const { validateInt32, validateInteger, validateObject } = require('internal/validators');
const signals = require('internal/util/signals');
const errno = require('internal/util/errno_constants');
const priority = require('internal/util/priority_constants');

const binding = internalBinding('os');
let staticInfo;
const info = () => (staticInfo ??= JSON.parse(binding.staticInfo()));

const constants = {
  __proto__: null,
  UV_UDP_REUSEADDR: 4,
  dlopen: { __proto__: null, RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8 },
  errno,
  signals,
  priority,
};

// Functions whose value is also their string form (`${os.hostname}` works in Node).
function withPrimitive(fn) {
  fn[Symbol.toPrimitive] = () => fn();
  return fn;
}

const arch = withPrimitive(function arch() { return info().arch; });
const platform = withPrimitive(function platform() { return info().platform; });
const release = withPrimitive(function release() { return info().release; });
const type = withPrimitive(function type() { return info().sysname; });
const version = withPrimitive(function version() { return info().version; });
const machine = withPrimitive(function machine() { return info().machine; });
const hostname = withPrimitive(function hostname() { return binding.hostname(); });
const uptime = withPrimitive(function uptime() { return binding.uptime(); });
const totalmem = withPrimitive(function totalmem() { return binding.totalmem(); });
const freemem = withPrimitive(function freemem() { return binding.freemem(); });
const endianness = withPrimitive(function endianness() {
  return new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'LE' : 'BE';
});
const homedir = withPrimitive(function homedir() {
  return process.env.HOME || binding.passwdHome();
});

function tmpdir() {
  let path = process.env.TMPDIR || process.env.TMP || process.env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}
tmpdir[Symbol.toPrimitive] = () => tmpdir();

function loadavg() {
  return JSON.parse(binding.loadavg());
}

function cpus() {
  return JSON.parse(binding.cpus());
}

function networkInterfaces() {
  const out = {};
  for (const item of JSON.parse(binding.interfaces())) {
    const { name, ...rest } = item;
    (out[name] ??= []).push(rest);
  }
  return out;
}

function userInfo(options) {
  if (options !== undefined) validateObject(options, 'options');
  const u = JSON.parse(binding.userInfo());
  const result = { __proto__: null, ...u };
  if (options?.encoding === 'buffer') {
    const { Buffer } = require('buffer');
    for (const k of ['username', 'homedir', 'shell']) result[k] = Buffer.from(result[k]);
  }
  return result;
}

function availableParallelism() {
  return binding.availableParallelism();
}

function getPriority(pid = 0) {
  validateInt32(pid, 'pid');
  const r = binding.getPriority(pid);
  if (r !== null && typeof r === 'object') throw systemError(r);
  return r;
}

// Node throws ERR_SYSTEM_ERROR for uv_os_* failures, with libuv's message in `info`.
function systemError(ctx) {
  return new ERR_SYSTEM_ERROR({ errno: ctx.errno, code: ctx.code, message: getSystemErrorMessage(ctx.errno),
    syscall: ctx.syscall });
}

function setPriority(pid, prio) {
  if (prio === undefined) {
    prio = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(prio, 'priority', -20, 19);
  const r = binding.setPriority(pid, prio);
  if (r !== null && typeof r === 'object') throw systemError(r);
}

module.exports = {
  arch,
  availableParallelism,
  cpus,
  endianness,
  freemem,
  getPriority,
  homedir,
  hostname,
  loadavg,
  networkInterfaces,
  platform,
  release,
  setPriority,
  tmpdir,
  totalmem,
  type,
  userInfo,
  uptime,
  version,
  machine,
};
Object.defineProperties(module.exports, {
  constants: { __proto__: null, configurable: false, enumerable: true, value: constants },
  EOL: { __proto__: null, configurable: true, enumerable: true, writable: false, value: '\n' },
  devNull: { __proto__: null, configurable: true, enumerable: true, writable: false, value: '/dev/null' },
});
void validateInteger;
