'use strict';
// User-land CommonJS (Node's Module), with ES modules transformed to CommonJS on load
// (internal/modules/esm/transform). Built-ins come from the realm's built-in loader.

const loader = internalBinding('loader');
const resolve = require('internal/modules/resolve');

let realm = null;
const USER_WRAPPER = 'exports, require, module, __filename, __dirname, __ncImport';
const ESM_WRAPPER = 'exports, __ncRequire, __ncModule, __ncFilename, __ncDirname, __ncImport';
const columns = require('internal/modules/columns');
const CJS_CONDITIONS = ['require', 'node', 'default'];
const ESM_CONDITIONS = ['import', 'node', 'default'];

function Module(id = '', parent) {
  this.id = id;
  this.path = resolve.dirname(id);
  this.exports = {};
  this.filename = null;
  this.loaded = false;
  this.children = [];
  this.paths = [];
  Object.defineProperty(this, 'parent', { value: parent, writable: true, enumerable: false, configurable: true });
  if (parent && parent.children) parent.children.push(this);
}

Module._cache = Object.create(null);
Module._pathCache = Object.create(null);
Module._extensions = Object.create(null);
Module.globalPaths = [];
Module.Module = Module;
Module.wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
Module.wrap = (script) => Module.wrapper[0] + script + Module.wrapper[1];

function builtinModules() {
  return realm.builtinIds.filter((id) => realm.canBeRequiredByUsers(id));
}

function isBuiltin(id) {
  if (typeof id !== 'string') return false;
  const name = id.startsWith('node:') ? id.slice(5) : id;
  return realm.canBeRequiredByUsers(name);
}
Module.isBuiltin = isBuiltin;

function unknownBuiltin(id) {
  const err = new Error(`No such built-in module: ${id}`);
  err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
  Object.defineProperty(err, 'name', { value: 'Error', configurable: true, writable: true, enumerable: false });
  try {
    const { codes } = require('internal/errors');
    if (codes.ERR_UNKNOWN_BUILTIN_MODULE) return new codes.ERR_UNKNOWN_BUILTIN_MODULE(id);
  } catch { /* fall back */ }
  return err;
}

function requireStack(parent) {
  const stack = [];
  for (let m = parent; m && m.filename; m = m.parent) stack.push(m.filename);
  return stack;
}

function notFound(request, parent) {
  const stack = requireStack(parent);
  let msg = `Cannot find module '${request}'`;
  if (stack.length) msg += `\nRequire stack:\n- ${stack.join('\n- ')}`;
  const err = new Error(msg);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = stack;
  return err;
}

Module._nodeModulePaths = (from) => resolve.nodeModulesPaths(from);

Module._resolveFilename = function _resolveFilename(request, parent, isMain, options) {
  if (typeof request !== 'string') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('id', 'string', request);
  }
  if (request.startsWith('node:')) {
    if (realm.canBeRequiredByUsers(request.slice(5))) return request;
    throw unknownBuiltin(request);
  }
  if (realm.canBeRequiredByUsers(request)) return request;
  const fromDir = parent && parent.filename ? resolve.dirname(parent.filename) : loader.cwd();
  let paths = options && Array.isArray(options.paths) ? null : (parent && parent.paths && parent.paths.length
    ? parent.paths : resolve.nodeModulesPaths(fromDir));
  const conditions = options && options.conditions ? options.conditions
    : (parent && parent.__ncESM ? ESM_CONDITIONS : CJS_CONDITIONS);
  let filename = null;
  if (options && Array.isArray(options.paths)) {
    for (const base of options.paths) {
      const b = resolve.resolvePath(loader.cwd(), base);
      filename = resolve.resolveRequest(request, b, resolve.nodeModulesPaths(b), conditions);
      if (filename) break;
    }
  } else {
    if (Module.globalPaths.length) paths = paths.concat(Module.globalPaths);
    filename = resolve.resolveRequest(request, fromDir, paths, conditions);
  }
  if (parent && parent.__ncESM && !(options && Array.isArray(options.paths))) {
    // ESM resolution: relative specifiers name exact files (no extension or index lookup)
    if (resolve.isRelative(request)) {
      const exact = resolve.resolvePath(fromDir, request);
      if (resolve.stat(exact) !== 0) throw esmNotFound(exact, parent.filename, true);
      filename = exact;
    } else if (!filename) {
      const name = request[0] === '@' ? request.split('/').slice(0, 2).join('/') : request.split('/')[0];
      throw esmNotFound(name, parent.filename, false);
    }
  }
  if (!filename) throw notFound(request, parent);
  return loader.realpath(filename);
};

function esmNotFound(path, base, isModule) {
  const err = new Error(`Cannot find ${isModule ? 'module' : 'package'} '${path}' imported from ${base}`);
  err.code = 'ERR_MODULE_NOT_FOUND';
  Object.defineProperty(err, 'name', { value: 'Error', configurable: true, writable: true, enumerable: false });
  // V8-style header with the code, as Node's internal errors print
  const stack = err.stack;
  Object.defineProperty(err, 'stack', {
    value: stack.replace(/^Error:/, 'Error [ERR_MODULE_NOT_FOUND]:'), configurable: true, writable: true,
  });
  if (isModule) err.url = require('internal/modules/esm/transform').fileURL(path);
  Object.defineProperty(err, Symbol.for('nodecompat.esmNotFound'), { value: isModule ? 'module' : 'package' });
  return err;
}

Module._load = function _load(request, parent, isMain) {
  const id = request.startsWith('node:') ? request.slice(5) : request;
  if (request.startsWith('node:') || realm.canBeRequiredByUsers(id)) {
    if (!realm.canBeRequiredByUsers(id)) throw unknownBuiltin(request);
    return realm.requireBuiltin(id);
  }
  const filename = Module._resolveFilename(request, parent, isMain);
  if (realm.canBeRequiredByUsers(filename.startsWith('node:') ? filename.slice(5) : filename)) {
    return realm.requireBuiltin(filename.startsWith('node:') ? filename.slice(5) : filename);
  }
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    if (parent && parent.children && !parent.children.includes(cached)) parent.children.push(cached);
    return cached.exports;
  }
  const module = new Module(filename, parent);
  if (isMain) {
    module.id = '.';
    processMainModule = module;
  }
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent && parent.children) {
        const i = parent.children.indexOf(module);
        if (i !== -1) parent.children.splice(i, 1);
      }
    }
  }
  return module.exports;
};

let processMainModule;

Module.prototype.load = function load(filename) {
  this.filename = filename;
  this.paths = resolve.nodeModulesPaths(resolve.dirname(filename));
  const ext = extensionOf(filename);
  const handler = Module._extensions[ext] || Module._extensions['.js'];
  handler(this, filename);
  this.loaded = true;
};

Module.prototype.require = function require_(id) {
  if (typeof id !== 'string') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('id', 'string', id);
  }
  if (id === '') {
    const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  }
  return Module._load(id, this, false);
};

// import() from CommonJS: the module namespace of the required module, as Node gives it.
function makeDynamicImport(userRequire) {
  return function importModule(specifier) {
    return Promise.resolve().then(() => {
      const exp = userRequire(`${specifier}`);
      if (exp && exp.__esModule) return exp;
      const ns = Object.create(null);
      if (exp !== null && (typeof exp === 'object' || typeof exp === 'function')) {
        for (const k of Object.keys(exp)) if (k !== 'default') ns[k] = exp[k];
      }
      ns.default = exp;
      Object.defineProperty(ns, Symbol.toStringTag, { value: 'Module' });
      return Object.freeze(ns);
    });
  };
}

function extensionOf(filename) {
  const base = filename.slice(filename.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '.js' : base.slice(dot);
}

function makeRequire(module) {
  const req = function require(id) { return module.require(id); };
  req.resolve = function resolve_(request, options) {
    if (typeof request !== 'string') {
      const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_TYPE('request', 'string', request);
    }
    return Module._resolveFilename(request, module, false, options);
  };
  req.resolve.paths = function paths(request) {
    if (isBuiltin(request)) return null;
    if (resolve.isRelative(request)) return [module.path || loader.cwd()];
    return resolve.nodeModulesPaths(module.path || loader.cwd());
  };
  req.main = processMainModule;
  req.extensions = Module._extensions;
  req.cache = Module._cache;
  return req;
}

// Is this source an ES module? (.mjs, package.json "type", else syntax detection)
function isESM(filename, source) {
  if (filename.endsWith('.mjs')) return true;
  if (filename.endsWith('.cjs')) return false;
  const pkg = resolve.packageScope(filename);
  if (pkg && pkg.type === 'module') return true;
  if (pkg && pkg.type === 'commonjs') return false;
  return require('internal/modules/esm/transform').looksLikeESM(source);
}

Module.prototype._compile = function _compile(content, filename, esm = false) {
  let source = content;
  if (source.startsWith('#!')) source = `//${source.slice(2)}`;
  let tla = false;
  if (esm) {
    const out = require('internal/modules/esm/transform').transformESM(source, filename);
    source = out.code;
    tla = out.tla;
    Object.defineProperty(this, '__ncESM', { value: true, enumerable: false });
  } else if (source.includes('import')) {
    source = require('internal/modules/dynamic_import').rewriteImports(source, false, filename);
  }
  const wrapper = esm ? ESM_WRAPPER : USER_WRAPPER;
  const fn = realm.compile(source, filename, wrapper);
  columns.addInsert(filename, 1, 0, `(function (${wrapper}) {`.length);
  const dirname = resolve.dirname(filename);
  const userRequire = makeRequire(this);
  const self = esm ? undefined : this.exports;
  const result = fn.call(self, this.exports, userRequire, this, filename, dirname,
    makeDynamicImport(userRequire));
  if (tla) {
    // module body is an async function: its rejection is an uncaught exception (Node: exit 1)
    Object.defineProperty(this, '__nc_tla', { value: result, enumerable: false, writable: true });
  }
  return result;
};

Module._extensions['.js'] = function loadJs(module, filename) {
  const content = loader.readFile(filename);
  module._compile(content, filename, isESM(filename, content));
};
Module._extensions['.cjs'] = function loadCjs(module, filename) {
  module._compile(loader.readFile(filename), filename, false);
};
Module._extensions['.mjs'] = function loadMjs(module, filename) {
  module._compile(loader.readFile(filename), filename, true);
};
Module._extensions['.json'] = function loadJson(module, filename) {
  const content = loader.readFile(filename);
  try {
    module.exports = JSON.parse(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content);
  } catch (err) {
    err.message = `${filename}: ${err.message}`;
    throw err;
  }
};
Module._extensions['.node'] = function loadNode(module, filename) {
  const err = new Error(`nodecompat cannot load native addons: ${filename}`);
  err.code = 'ERR_DLOPEN_FAILED';
  throw err;
};

Module.createRequire = function createRequire(filename) {
  let file = filename;
  if (filename instanceof URL || (typeof filename === 'string' && filename.startsWith('file:'))) {
    file = decodeURIComponent(new URL(filename).pathname);
  }
  if (typeof file !== 'string' || !file.startsWith('/')) {
    const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_VALUE('filename', filename,
      'must be a file URL object, file URL string, or absolute path string');
  }
  const m = new Module(file, null);
  m.filename = file.endsWith('/') ? `${file}noop.js` : file;
  m.paths = resolve.nodeModulesPaths(resolve.dirname(m.filename));
  return makeRequire(m);
};

Module.syncBuiltinESMExports = function syncBuiltinESMExports() {};
Module.findSourceMap = function findSourceMap() { return undefined; };
Module.register = function register() {};

function runMain(file) {
  const full = resolve.resolvePath(loader.cwd(), file);
  let filename;
  try {
    filename = Module._resolveFilename(full, null, true);
  } catch (err) {
    if (err && err.code === 'MODULE_NOT_FOUND') {
      // Node: "Cannot find module '/abs/path'" with an empty require stack
      err.message = `Cannot find module '${full}'`;
      err.requireStack = [];
    }
    throw err;
  }
  const process = globalThis.process;
  process.argv[1] = filename;
  process.mainModule = undefined;
  Module._load(filename, null, true);
  process.mainModule = processMainModule;
  const tla = processMainModule && processMainModule.__nc_tla;
  if (tla) watchTLA(tla);
}

function watchTLA(promise) {
  // An unsettled top-level await at exit is Node's exit code 13 with a warning.
  let settled = false;
  promise.then(() => { settled = true; }, (err) => {
    settled = true;
    require('internal/process/execution').onUncaught(err);
  });
  globalThis.process.once('exit', (code) => {
    if (!settled && code === 0) {
      require('internal/process/object').writeString(2,
        'Warning: Detected unsettled top-level await at ' +
        `${require('internal/modules/esm/transform').fileURL(processMainModule.filename)}:1\n\n\n`);
      globalThis.process.exitCode = 13;
    }
  });
}

// -e / -p: run as a CommonJS module body in the cwd, like Node's [eval] module.
function evalScript(code, print, name) {
  const cwd = loader.cwd();
  const filename = `${cwd}/${name}`;
  const m = new Module(name, null);
  m.filename = filename;
  m.paths = resolve.nodeModulesPaths(cwd);
  const userRequire = makeRequire(m);
  globalThis.module = m;
  globalThis.require = userRequire;
  globalThis.exports = m.exports;
  globalThis.__filename = name;
  globalThis.__dirname = '.';
  let source = code;
  let result;
  if (require('internal/modules/esm/transform').looksLikeESM(source) && /\b(import|export)\b/.test(source)) {
    const out = require('internal/modules/esm/transform').transformESM(source, filename);
    Object.defineProperty(m, '__ncESM', { value: true, enumerable: false });
    result = realm.compile(out.code, name, ESM_WRAPPER)
      .call(undefined, m.exports, userRequire, m, filename, cwd, makeDynamicImport(userRequire));
  } else {
    if (source.includes('import')) {
      source = require('internal/modules/dynamic_import').rewriteImports(source, true);
    }
    globalThis.__ncImport = makeDynamicImport(userRequire);
    // a global script, as Node's vm.runInThisContext: the value of the last statement is the result
    result = (0, eval)(source);
  }
  if (print) {
    const console = globalThis.console;
    console.log(result);
  }
  return result;
}

function setup(realmState) {
  realm = realmState;
  Module.builtinModules = builtinModules();
}

module.exports = { Module, setup, runMain, evalScript, isESM, makeRequire, USER_WRAPPER };
