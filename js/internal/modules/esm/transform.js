'use strict';
// ES modules as CommonJS: acorn finds `import.meta` and top-level `await`, sucrase rewrites
// import/export (live bindings, default/namespace interop, `import()`), keeping line numbers.

const { parse, importEdits, applyEdits } = require('internal/modules/dynamic_import');

let sucrase = null;
const esmFiles = new Set(); // for Node's file:// error headers

function fileURL(path) {
  return `file://${encodeURI(path).replace(/[?#]/g, encodeURIComponent)}`;
}

// Syntax detection for .js files with no package "type": parses as a module but not as a script.
function looksLikeESM(source) {
  if (!/\b(import|export|await)\b/.test(source)) return false;
  try {
    parse(source, 'script', false);
    return false;
  } catch {
    /* not a script */
  }
  try {
    parse(source, 'module', true);
    return true;
  } catch {
    return false;
  }
}

function hasTopLevelAwait(ast) {
  let found = false;
  const walk = require('acorn-walk');
  walk.recursive(ast, null, {
    Function() { /* do not descend into functions */ },
    AwaitExpression() { found = true; },
    ForOfStatement(node, st, c) {
      if (node.await) found = true;
      c(node.left, st);
      c(node.right, st);
      c(node.body, st);
    },
  });
  return found;
}

function transformESM(source, filename) {
  let ast;
  try {
    ast = parse(source, 'module', true);
  } catch (err) {
    const e = new SyntaxError(err.message);
    e.stack = `${filename}:${err.loc ? err.loc.line : 1}\n\nSyntaxError: ${err.message}`;
    throw e;
  }
  const edits = importEdits(ast, filename);
  // lines where sucrase will write its require() calls: the import/export-from statements
  const importLines = new Set();
  for (const node of ast.body) {
    if (node.type === 'ImportDeclaration' || ((node.type === 'ExportNamedDeclaration' || node.type === 'ExportAllDeclaration') && node.source)) {
      for (let l = node.loc.start.line; l <= node.loc.end.line; l++) importLines.add(l);
    }
  }
  const walk = require('acorn-walk');
  walk.simple(ast, {
    MetaProperty(node) {
      if (node.meta.name === 'import' && node.property.name === 'meta') {
        edits.push([node.start, '__nc_import_meta', node.end - node.start]);
        require('internal/modules/columns').addInsert(filename, node.loc.start.line, node.loc.start.column, 5);
      }
    },
  });
  const tla = hasTopLevelAwait(ast);
  let code = applyEdits(source, edits);
  sucrase ??= require('sucrase');
  code = sucrase.transform(code, { transforms: ['imports'], filePath: filename }).code;
  // ESM has no `require`: sucrase's calls use the wrapper's __ncRequire (user code may define its own)
  const lines = code.split('\n');
  for (const l of importLines) {
    if (lines[l - 1] !== undefined) lines[l - 1] = lines[l - 1].replace(/\brequire\(/g, '__ncRequire(');
  }
  if (lines[0] !== undefined) lines[0] = lines[0].replace(/\brequire\(/g, '__ncRequire(');
  code = lines.join('\n');
  const dir = filename.slice(0, filename.lastIndexOf('/')) || '/';
  const meta = `const __nc_import_meta = { url: ${JSON.stringify(fileURL(filename))}, ` +
    `filename: ${JSON.stringify(filename)}, dirname: ${JSON.stringify(dir)}, ` +
    'resolve: (s) => { const r = __ncRequire.resolve(s); return r.startsWith("/") ? "file://" + encodeURI(r) : r; } };';
  // Keep line 1 for the helpers sucrase puts there: prepend on the same line.
  const prefix = tla ? `"use strict";${meta}return __ncModule.__nc_tla = (async () => {` : `"use strict";${meta}`;
  code = tla ? `${prefix}${code}\n})();` : `${prefix}${code}`;
  require('internal/modules/columns').addInsert(filename, 1, 0, prefix.length);
  esmFiles.add(filename);
  return { code, tla };
}

module.exports = { transformESM, looksLikeESM, fileURL, esmFiles };
