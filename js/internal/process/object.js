'use strict';
// The `process` object: an EventEmitter with Node's properties, backed by internalBinding('process').

const binding = internalBinding('process');
const EventEmitter = require('events');
const { utf8Encode } = require('internal/globals/encoding');

let state = null; // set in createProcess

function createProcess(realm) {
  const process = new EventEmitter();
  Object.setPrototypeOf(process, Object.create(EventEmitter.prototype, {
    [Symbol.toStringTag]: { value: 'process', configurable: true },
  }));
  state = { realm, exitCode: undefined, exiting: false };
  const info = JSON.parse(binding.info());
  const version = realm.nodeVersion;

  Object.assign(process, {
    title: 'node',
    version,
    versions: {
      node: version.slice(1), nodecompat: '0.1.0', v8: '11.3.244.8-node.33', uv: '1.46.0',
      modules: '115', napi: '9',
    },
    arch: info.arch,
    platform: info.platform,
    release: { name: 'node', lts: 'Iron' },
    pid: info.pid,
    ppid: info.ppid,
    argv: [],
    argv0: 'node',
    execArgv: [],
    execPath: '',
    config: { variables: {} },
    features: { inspector: false, ipv6: true, tls: true, tls_alpn: true, tls_sni: true, tls_ocsp: false },
    env: createEnv(info.env),
    moduleLoadList: [],
  });

  process.cwd = function cwd() { return binding.cwd(); };
  process.chdir = function chdir(dir) {
    const { validateString } = require('internal/validators');
    validateString(dir, 'directory');
    const err = binding.chdir(dir);
    if (err !== null) {
      const { errno, code } = JSON.parse(err);
      const { UVException } = require('internal/errors');
      throw new UVException({ errno, code, syscall: 'chdir', path: binding.cwd(), dest: dir });
    }
  };
  process.umask = function umask(mask) {
    if (mask === undefined) return binding.umask(-1);
    const { parseFileMode } = require('internal/validators');
    return binding.umask(parseFileMode(mask, 'mask'));
  };
  process.uptime = function uptime() { return binding.uptime(); };
  process.hrtime = function hrtime(prev) {
    const ns = binding.hrtime();
    let sec = Math.floor(ns / 1e9);
    let nsec = ns - sec * 1e9;
    if (prev !== undefined) {
      if (!Array.isArray(prev)) {
        const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
        throw new ERR_INVALID_ARG_TYPE('time', 'Array', prev);
      }
      sec -= prev[0];
      nsec -= prev[1];
      if (nsec < 0) { sec -= 1; nsec += 1e9; }
    }
    return [sec, nsec];
  };
  process.hrtime.bigint = function bigint() { return BigInt(binding.hrtime()); };
  // heapTotal/heapUsed: SpiderMonkey's GC heap (nodecompat/perf/binding.py; -1 only if its JSAPI
  // is unreachable). external/arrayBuffers: not measurable through pythonmonkey (docs/host.md), 0.
  process.memoryUsage = function memoryUsage() {
    const [rss, heapTotal, heapUsed] = JSON.parse(internalBinding('perf').memoryUsage());
    return { rss, heapTotal, heapUsed, external: 0, arrayBuffers: 0 };
  };
  process.memoryUsage.rss = () => JSON.parse(binding.memoryUsage())[0];
  process.cpuUsage = function cpuUsage(prevValue) {
    const [user, system] = JSON.parse(binding.rusage());
    if (!prevValue) return { user, system };
    const { validateNumber, validateObject } = require('internal/validators');
    const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
    const valid = (n) => typeof n === 'number' && n <= Number.MAX_SAFE_INTEGER && n >= 0;
    if (!valid(prevValue.user)) {
      validateObject(prevValue, 'prevValue');
      validateNumber(prevValue.user, 'prevValue.user');
      throw new ERR_INVALID_ARG_VALUE.RangeError('prevValue.user', prevValue.user);
    }
    if (!valid(prevValue.system)) {
      validateNumber(prevValue.system, 'prevValue.system');
      throw new ERR_INVALID_ARG_VALUE.RangeError('prevValue.system', prevValue.system);
    }
    return { user: user - prevValue.user, system: system - prevValue.system };
  };
  const kRusageFields = ['userCPUTime', 'systemCPUTime', 'maxRSS', 'sharedMemorySize', 'unsharedDataSize',
    'unsharedStackSize', 'minorPageFault', 'majorPageFault', 'swappedOut', 'fsRead', 'fsWrite', 'ipcSent',
    'ipcReceived', 'signalsCount', 'voluntaryContextSwitches', 'involuntaryContextSwitches'];
  process.resourceUsage = function resourceUsage() {
    const values = JSON.parse(binding.rusage());
    const out = {};
    kRusageFields.forEach((k, i) => { out[k] = values[i]; });
    return out;
  };
  const id = (i) => JSON.parse(binding.ids())[i];
  process.getuid = function getuid() { return id(0); };
  process.getgid = function getgid() { return id(1); };
  process.geteuid = function geteuid() { return id(2); };
  process.getegid = function getegid() { return id(3); };
  process.kill = function kill(pid, sig = 'SIGTERM') {
    const num = typeof sig === 'number' ? sig : signalNumber(sig);
    const r = binding.kill(pid, num);
    if (r !== 0) {
      const e = new Error(`kill ${r === -3 ? 'ESRCH' : 'EPERM'}`);
      Object.assign(e, { errno: r, code: r === -3 ? 'ESRCH' : 'EPERM', syscall: 'kill' });
      throw e;
    }
    return true;
  };
  process.abort = function abort() { binding.reallyExit(134); };
  process.emitWarning = emitWarning;
  process.binding = function binding_(name) { throw new Error(`No such module: ${name}`); };

  Object.defineProperty(process, 'exitCode', {
    enumerable: true,
    configurable: false,
    get() { return state.exitCode; },
    set(code) {
      if (code !== null && code !== undefined) {
        let value = code;
        if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) value = +code;
        if (!Number.isInteger(value)) {
          const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
          throw new ERR_INVALID_ARG_TYPE('code', 'integer', code);
        }
      }
      state.exitCode = code;
    },
  });

  const { nextTick } = require('internal/process/task_queues');
  process.nextTick = nextTick;

  process.exit = function exit(code) {
    if (code !== undefined) process.exitCode = code;
    if (!state.exiting) {
      state.exiting = true;
      process._exiting = true;
      try {
        process.emit('exit', exitCodeNumber());
      } catch (e) {
        // Node: a throw inside an 'exit' listener is uncaught and ends the process
        require('internal/process/execution').printUncaught(e);
        binding.reallyExit(7);
      }
    }
    process.reallyExit(exitCodeNumber());
  };
  process.reallyExit = function reallyExit(code) {
    binding.reallyExit(code | 0);
    throw kExitSentinel; // embedded mode: unwind JS; the host ignores this
  };
  process._exiting = false;

  defineStdio(process);
  watchSignals(process);
  process.on('warning', onWarning);
  return process;
}

const kExitSentinel = Object.freeze({ nodecompatExit: true });

function exitCodeNumber() {
  const c = state.exitCode;
  if (c === undefined || c === null) return 0;
  return Number(c) | 0;
}

function createEnv(initial) {
  const target = Object.create(null);
  Object.assign(target, initial);
  return new Proxy(target, {
    set(t, key, value) {
      if (typeof key === 'symbol') return false;
      const v = String(value);
      t[key] = v;
      binding.setEnv(key, v);
      return true;
    },
    deleteProperty(t, key) {
      if (typeof key === 'string') {
        delete t[key];
        binding.setEnv(key, null);
      }
      return true;
    },
    defineProperty(t, key, d) {
      if ('value' in d) {
        t[key] = String(d.value);
        binding.setEnv(key, t[key]);
        return true;
      }
      return false;
    },
    getPrototypeOf() { return Object.prototype; },
  });
}

const SIGNALS = {
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGBUS: 7, SIGFPE: 8,
  SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15,
  SIGCHLD: 17, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGWINCH: 28,
};

function signalNumber(name) {
  const n = SIGNALS[name];
  if (n === undefined) {
    const { codes: { ERR_UNKNOWN_SIGNAL } } = require('internal/errors');
    throw new ERR_UNKNOWN_SIGNAL(name);
  }
  return n;
}

function watchSignals(process) {
  binding.setSignalEmitter((name) => { process.emit(name, name, SIGNALS[name]); });
  const watched = new Set();
  process.on('newListener', (event) => {
    if (typeof event === 'string' && SIGNALS[event] && !watched.has(event) && event !== 'SIGKILL' && event !== 'SIGSTOP') {
      watched.add(event);
      binding.watchSignal(event, true);
    }
  });
  process.on('removeListener', (event) => {
    if (watched.has(event) && process.listenerCount(event) === 0) {
      watched.delete(event);
      binding.watchSignal(event, false);
    }
  });
}

function writeString(fd, str) {
  const bytes = utf8Encode(str);
  if (fd === 2) binding.writeStderr(bytes);
  else binding.writeStdout(bytes);
}

function writeChunk(fd, chunk, encoding) {
  if (typeof chunk === 'string') {
    if (encoding && encoding !== 'utf8' && encoding !== 'utf-8' && encoding !== 'buffer') {
      chunk = Buffer.from(chunk, encoding);
    } else {
      writeString(fd, chunk);
      return;
    }
  }
  const u8 = chunk instanceof Uint8Array ? chunk : new Uint8Array(chunk);
  if (fd === 2) binding.writeStderr(u8);
  else binding.writeStdout(u8);
}

function makeStdioStream(fd) {
  const { Writable } = require('stream');
  const stream = new Writable({
    decodeStrings: false,
    write(chunk, encoding, cb) {
      writeChunk(fd, chunk, encoding);
      cb();
    },
  });
  stream.fd = fd;
  stream._type = 'pipe';
  stream._isStdio = true;
  stream.isTTY = false;
  stream.destroySoon = stream.destroy;
  stream._destroy = function(err, cb) { cb(err); };
  // Synchronous fast path (Node's stdout to files/pipes is effectively ordered and immediate)
  stream.write = function write(chunk, encoding, cb) {
    if (typeof encoding === 'function') { cb = encoding; encoding = undefined; }
    if (this.writableEnded || this.destroyed || this.writableCorked || this.writableLength > 0 ||
        (typeof chunk !== 'string' && !(chunk instanceof Uint8Array))) {
      return Writable.prototype.write.call(this, chunk, encoding, cb);
    }
    writeChunk(fd, chunk, encoding);
    if (typeof cb === 'function') process.nextTick(cb, null);
    return true;
  };
  return stream;
}

function defineStdio(process) {
  for (const [name, fd] of [['stdout', 1], ['stderr', 2]]) {
    let stream;
    Object.defineProperty(process, name, {
      configurable: true,
      enumerable: false,
      get() {
        stream ??= makeStdioStream(fd);
        return stream;
      },
    });
  }
  let stdin;
  Object.defineProperty(process, 'stdin', {
    configurable: true,
    enumerable: false,
    get() {
      if (!stdin) {
        const { Readable } = require('stream');
        let started = false;
        stdin = new Readable({
          read() {
            if (started) return;
            started = true;
            binding.stdinStart((buf) => {
              if (!stdin.push(buf)) { started = false; binding.stdinPause(); }
            }, () => stdin.push(null));
          },
          destroy(err, cb) {
            binding.stdinPause();
            cb(err);
          },
        });
        stdin.fd = 0;
        stdin.isTTY = false;
        // Node: pause() releases the event loop
        const pause = stdin.pause;
        stdin.pause = function() {
          started = false;
          binding.stdinPause();
          return pause.call(this);
        };
      }
      return stdin;
    },
  });
}

const warned = new Set();
function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type === undefined) type = 'Warning';
  if (typeof code === 'function') { ctor = code; code = undefined; }
  let w = warning;
  if (typeof w === 'string') {
    w = new Error(w);
    w.name = String(type || 'Warning');
    if (code !== undefined) w.code = code;
    if (detail !== undefined) w.detail = detail;
  } else if (!(w instanceof Error)) {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  const process = globalThis.process;
  if (w.name === 'DeprecationWarning' && process.noDeprecation) return;
  process.nextTick(() => process.emit('warning', w));
}

// Node's default 'warning' listener (it counts in listenerCount('warning'), as in Node)
function onWarning(w) {
  const process = globalThis.process;
  if (process.env.NODE_NO_WARNINGS === '1' || process.execArgv.includes('--no-warnings')) return;
  if (w.name === 'DeprecationWarning' && w.code && warned.has(w.code)) return;
  if (w.code) warned.add(w.code);
  const codeText = w.code ? `[${w.code}] ` : '';
  let msg = `(node:${process.pid}) ${codeText}${w.name}: ${w.message}\n`;
  if (w.detail) msg += `${w.detail}\n`;
  if (!warned.has('__trace_hint')) {
    warned.add('__trace_hint');
    msg += `(Use \`node --trace-${w.name === 'DeprecationWarning' ? 'deprecation' : 'warnings'} ...\` to show where the warning was created)\n`;
  }
  writeString(2, msg);
}

function start(process, argv, execPath, execArgv) {
  process.argv = Array.from(argv);
  process.execPath = execPath;
  process.execArgv = Array.from(execArgv);
}

module.exports = { createProcess, start, exitCodeNumber, kExitSentinel, writeString, SIGNALS, state: () => state };
