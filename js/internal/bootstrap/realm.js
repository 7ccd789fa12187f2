// The first JS nodecompat runs (evaluated by nodecompat/runtime/host.py). It returns a factory that
// sets up the built-in module loader and hands the host its entry points (the `api` object).
// Built-ins are CommonJS files under js/ run with the wrapper
//   (exports, require, module, __filename, __dirname, internalBinding)
// `require` inside a built-in resolves built-ins first (`x`, `node:x`, `internal/x`), then
// third-party packages from js/node_modules.
(function realm(py, jsRoot, nodeVersion) {
  'use strict';

  const bindingCache = { __proto__: null };
  // Copy a binding's Python dict into a plain object once: reading a proxied dict is slow.
  function internalBinding(name) {
    let b = bindingCache[name];
    if (b === undefined) {
      const table = py.internalBinding(name);
      if (table === null || table === undefined) throw new Error(`No such binding: ${name}`);
      b = { __proto__: null };
      for (const key of Object.keys(table)) b[key] = table[key];
      bindingCache[name] = b;
    }
    return b;
  }

  const loader = internalBinding('loader');
  const builtinIds = JSON.parse(loader.builtinIds());
  const builtinSet = new Set(builtinIds);
  const builtinCache = new Map();   // id -> module
  const thirdPartyCache = new Map(); // filename -> module
  const WRAPPER = 'exports, require, module, __filename, __dirname, internalBinding';

  function canBeRequiredByUsers(id) {
    return builtinSet.has(id) && !id.startsWith('internal/') && !id.startsWith('node_modules/');
  }

  function dirnameOf(p) {
    const i = p.lastIndexOf('/');
    return i <= 0 ? '/' : p.slice(0, i);
  }

  function compile(source, filename, params) {
    return loader.compileFunction(source, filename, params || WRAPPER);
  }

  function requireBuiltin(id) {
    const cached = builtinCache.get(id);
    if (cached !== undefined) return cached.exports;
    const filename = `${jsRoot}/${id}.js`;
    const source = loader.readFile(filename);
    if (source === null) throw new Error(`nodecompat: missing built-in ${id}`);
    const module = { id, filename, exports: {}, loaded: false, builtin: true };
    builtinCache.set(id, module);
    const fn = compile(source, filename);
    const req = makeBuiltinRequire(dirnameOf(filename));
    try {
      fn.call(module.exports, module.exports, req, module, filename, dirnameOf(filename), internalBinding);
    } catch (e) {
      builtinCache.delete(id);
      throw e;
    }
    module.loaded = true;
    return module.exports;
  }

  let resolver = null;
  function loadThirdParty(filename) {
    const cached = thirdPartyCache.get(filename);
    if (cached !== undefined) return cached.exports;
    const source = loader.readFile(filename);
    const module = { id: filename, filename, exports: {}, loaded: false };
    thirdPartyCache.set(filename, module);
    if (filename.endsWith('.json')) {
      module.exports = JSON.parse(source);
    } else {
      const fn = compile(source, filename);
      const dir = dirnameOf(filename);
      fn.call(module.exports, module.exports, makeBuiltinRequire(dir), module, filename, dir, undefined);
    }
    module.loaded = true;
    return module.exports;
  }

  function makeBuiltinRequire(dir) {
    // id -> filename, as Node's relative-resolve cache: readable-stream's constructors call
    // require('./duplex') for every stream, and a resolution walks the file system tables
    const resolved = new Map();
    return function require(id) {
      if (typeof id === 'string') {
        if (id.startsWith('node:')) return requireBuiltin(id.slice(5));
        if (builtinSet.has(id)) return requireBuiltin(id);
      }
      let filename = resolved.get(id);
      if (filename === undefined) {
        resolver ??= requireBuiltin('internal/modules/resolve');
        filename = resolver.resolveThirdParty(id, dir, `${jsRoot}/node_modules`);
        if (typeof id === 'string') resolved.set(id, filename);
      }
      return loadThirdParty(filename);
    };
  }

  // ---- the api handed to the host --------------------------------------------------------
  const arenas = []; // every payload arena ever made: pinned so Python's views never dangle
  let arena = null;

  const api = {
    newArena(size) {
      arena = new Uint8Array(size);
      arenas.push(arena);
      return arena;
    },
    callWithPayload(fn, n, ...args) {
      const { FastBuffer } = api;
      args.push(FastBuffer(arena.slice(0, n)));
      return fn(...args);
    },
    // Filled by internal/bootstrap/node:
    FastBuffer: (u8) => u8,
    startProcess: null,
    runMain: null,
    evalScript: null,
    runTicks: null,
    afterDrain: null,
    onUncaught: null,
    emitBeforeExit: null,
    emitExit: null,
    exitCode: null,
  };

  const realmState = {
    api, py, jsRoot, nodeVersion, internalBinding, requireBuiltin, builtinIds, builtinSet,
    canBeRequiredByUsers, compile, WRAPPER, dirnameOf,
  };
  builtinSet.add('internal/bootstrap/realm_state');
  builtinCache.set('internal/bootstrap/realm_state', { exports: realmState, loaded: true });
  requireBuiltin('internal/bootstrap/node')(realmState);
  return api;
})
