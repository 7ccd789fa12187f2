'use strict';
// Node's CommonJS resolution (LOAD_AS_FILE, LOAD_AS_DIRECTORY, node_modules lookup, package.json
// `main` and `exports` with conditions). Used for user modules and for built-ins' third-party deps.

const loader = internalBinding('loader');

const statCache = new Map();
const packageCache = new Map();

function stat(p) {
  let s = statCache.get(p);
  if (s === undefined) {
    s = loader.stat(p);
    statCache.set(p, s);
  }
  return s;
}

function clearStatCache() {
  statCache.clear();
}

function normalize(p) {
  const abs = p.startsWith('/');
  const out = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!abs) out.push('..');
    } else {
      out.push(seg);
    }
  }
  const s = out.join('/');
  return abs ? `/${s}` : (s || '.');
}

function resolvePath(base, rel) {
  return rel.startsWith('/') ? normalize(rel) : normalize(`${base}/${rel}`);
}

function dirname(p) {
  const i = p.lastIndexOf('/');
  return i <= 0 ? '/' : p.slice(0, i);
}

function readPackage(dir) {
  let pkg = packageCache.get(dir);
  if (pkg === undefined) {
    pkg = null;
    const file = `${dir}/package.json`;
    if (stat(file) === 0) {
      const text = loader.readFile(file);
      try {
        pkg = JSON.parse(text);
      } catch (e) {
        const err = new Error(`Invalid package config ${file}.`);
        err.code = 'ERR_INVALID_PACKAGE_CONFIG';
        throw err;
      }
      if (pkg === null || typeof pkg !== 'object') pkg = {};
      pkg.__dir = dir;
    }
    packageCache.set(dir, pkg);
  }
  return pkg;
}

// The package.json that governs `file` (the nearest one above it).
function packageScope(file) {
  let dir = dirname(file);
  for (;;) {
    if (dir.endsWith('/node_modules')) return null;
    const pkg = readPackage(dir);
    if (pkg) return pkg;
    if (dir === '/') return null;
    dir = dirname(dir);
  }
}

const EXTENSIONS = ['.js', '.json', '.node'];

function tryFile(p) {
  return stat(p) === 0 ? p : null;
}

function tryExtensions(p) {
  for (const ext of EXTENSIONS) {
    if (stat(p + ext) === 0) return p + ext;
  }
  return null;
}

function loadAsFile(p) {
  return tryFile(p) || tryExtensions(p);
}

function loadAsDirectory(p) {
  const pkg = readPackage(p);
  if (pkg && typeof pkg.main === 'string' && pkg.main) {
    const m = resolvePath(p, pkg.main);
    const f = loadAsFile(m) || tryExtensions(`${m}/index`);
    if (f) return f;
  }
  return tryExtensions(`${p}/index`);
}

function nodeModulesPaths(from) {
  const paths = [];
  let dir = normalize(from);
  for (;;) {
    if (!dir.endsWith('/node_modules')) paths.push(dir === '/' ? '/node_modules' : `${dir}/node_modules`);
    if (dir === '/') break;
    dir = dirname(dir);
  }
  return paths;
}

function exportsError(code, message) {
  const err = new Error(message);
  err.code = code;
  return err;
}

function resolveTarget(pkgDir, target, patternMatch, conditions) {
  if (typeof target === 'string') {
    if (!target.startsWith('./')) return null;
    const t = patternMatch === null ? target : target.split('*').join(patternMatch);
    return resolvePath(pkgDir, t);
  }
  if (Array.isArray(target)) {
    for (const t of target) {
      const r = resolveTarget(pkgDir, t, patternMatch, conditions);
      if (r) return r;
    }
    return null;
  }
  if (target && typeof target === 'object') {
    for (const key of Object.keys(target)) {
      if (key === 'default' || conditions.includes(key)) {
        const r = resolveTarget(pkgDir, target[key], patternMatch, conditions);
        if (r !== undefined && r !== null) return r;
      }
    }
    return undefined;
  }
  return null;
}

function resolveExports(pkgDir, subpath, exports, conditions) {
  let map = exports;
  const isConditionalSugar = typeof exports === 'string' || Array.isArray(exports) ||
    (exports && typeof exports === 'object' && !Object.keys(exports).some((k) => k.startsWith('.')));
  if (isConditionalSugar) map = { '.': exports };
  let resolved;
  if (Object.prototype.hasOwnProperty.call(map, subpath) && !subpath.includes('*')) {
    resolved = resolveTarget(pkgDir, map[subpath], null, conditions);
  } else {
    let best = null;
    let bestMatch = null;
    for (const key of Object.keys(map)) {
      const star = key.indexOf('*');
      if (star === -1) continue;
      const prefix = key.slice(0, star);
      const suffix = key.slice(star + 1);
      if (subpath.startsWith(prefix) && subpath !== prefix && subpath.endsWith(suffix) &&
          subpath.length >= key.length - 1) {
        if (best === null || key.length > best.length) {
          best = key;
          bestMatch = subpath.slice(prefix.length, subpath.length - suffix.length);
        }
      }
    }
    if (best !== null) resolved = resolveTarget(pkgDir, map[best], bestMatch, conditions);
  }
  if (!resolved) {
    const pj = `${pkgDir}/package.json`;
    if (subpath === '.') {
      throw exportsError('ERR_PACKAGE_PATH_NOT_EXPORTED', `No "exports" main defined in ${pj}`);
    }
    throw exportsError('ERR_PACKAGE_PATH_NOT_EXPORTED',
      `Package subpath '${subpath}' is not defined by "exports" in ${pj}`);
  }
  return resolved;
}

function splitPackageName(request) {
  let end = request.indexOf('/');
  if (request[0] === '@') end = request.indexOf('/', end + 1);
  if (end === -1) end = request.length;
  return [request.slice(0, end), `.${request.slice(end)}`];
}

function resolveInNodeModules(request, paths, conditions) {
  const [name, subpath] = splitPackageName(request);
  for (const nm of paths) {
    const pkgDir = `${nm}/${name}`;
    if (stat(pkgDir) !== 1 && subpath === '.' && !tryExtensions(pkgDir)) continue;
    const pkg = stat(pkgDir) === 1 ? readPackage(pkgDir) : null;
    if (pkg && pkg.exports !== undefined && pkg.exports !== null) {
      const target = resolveExports(pkgDir, subpath, pkg.exports, conditions);
      const f = tryFile(target);
      if (f) return f;
      continue;
    }
    const full = `${nm}/${request}`;
    const f = loadAsFile(full) || (stat(full) === 1 ? loadAsDirectory(full) : null);
    if (f) return f;
  }
  return null;
}

function isRelative(request) {
  return request === '.' || request === '..' || request.startsWith('./') || request.startsWith('../') ||
    request.startsWith('/');
}

// Returns the resolved filename or null. `paths`: node_modules folders to search.
function resolveRequest(request, fromDir, paths, conditions) {
  if (isRelative(request)) {
    const full = resolvePath(fromDir, request);
    const trailingSlash = request.endsWith('/');
    if (!trailingSlash) {
      const f = loadAsFile(full);
      if (f) return f;
    }
    if (stat(full) === 1) return loadAsDirectory(full);
    return null;
  }
  return resolveInNodeModules(request, paths, conditions);
}

const BUILTIN_CONDITIONS = ['require', 'node', 'default'];

// Third-party deps of built-ins: the requiring file's own node_modules chain, then js/node_modules.
function resolveThirdParty(request, fromDir, jsNodeModules) {
  const paths = fromDir.startsWith(jsNodeModules) ? nodeModulesPaths(fromDir) : [jsNodeModules];
  const req = request.endsWith('/') && !isRelative(request) ? request.slice(0, -1) : request;
  const f = resolveRequest(req, fromDir, paths, BUILTIN_CONDITIONS);
  if (f) return f;
  const err = new Error(`Cannot find module '${request}'`);
  err.code = 'MODULE_NOT_FOUND';
  throw err;
}

module.exports = {
  normalize, resolvePath, dirname, readPackage, packageScope, nodeModulesPaths, resolveRequest,
  resolveThirdParty, isRelative, stat, clearStatCache, EXTENSIONS,
};
