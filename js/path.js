'use strict';
// Node's `path` (POSIX flavour): path-browserify is Node's own posix path code; we add Node's
// argument validation (ERR_INVALID_ARG_TYPE) and the v20 surface (posix/win32 links, toNamespacedPath).

const pb = require('path-browserify');
const { validateObject, validateString } = require('internal/validators');

function each(args) {
  for (let i = 0; i < args.length; ++i) validateString(args[i], `paths[${i}]`);
}

const posix = {
  sep: '/',
  delimiter: ':',
  resolve(...args) {
    each(args);
    return pb.resolve(...args);
  },
  normalize(path) {
    validateString(path, 'path');
    return pb.normalize(path);
  },
  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path.charCodeAt(0) === 47;
  },
  join(...args) {
    for (let i = 0; i < args.length; ++i) validateString(args[i], 'path');
    return pb.join(...args);
  },
  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    return pb.relative(from, to);
  },
  toNamespacedPath(path) {
    return path;
  },
  dirname(path) {
    validateString(path, 'path');
    return pb.dirname(path);
  },
  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    return pb.basename(path, suffix);
  },
  extname(path) {
    validateString(path, 'path');
    return pb.extname(path);
  },
  format(pathObject) {
    validateObject(pathObject, 'pathObject');
    const dir = pathObject.dir || pathObject.root;
    let ext = pathObject.ext || '';
    if (ext && ext[0] !== '.') ext = `.${ext}`;
    const base = pathObject.base || `${pathObject.name || ''}${ext}`;
    if (!dir) return base;
    return dir === pathObject.root ? `${dir}${base}` : `${dir}/${base}`;
  },
  parse(path) {
    validateString(path, 'path');
    return pb.parse(path);
  },
  matchesGlob: undefined,
};
delete posix.matchesGlob;
posix.posix = posix;
posix.win32 = null;
posix._makeLong = posix.toNamespacedPath;

module.exports = posix;
