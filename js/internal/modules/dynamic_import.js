'use strict';
// The acorn parse of user sources, and the one rewrite it serves outside ESM: pythonmonkey has
// no dynamic import, so `import(x)` becomes `__ncImport(x)` (same length + 4 columns, recorded
// in internal/modules/columns so error carets stay on the user's columns).

let acorn = null;
let walk = null;

function parse(source, sourceType, allowTLA) {
  acorn ??= require('acorn');
  return acorn.parse(source, {
    ecmaVersion: 'latest', sourceType, allowHashBang: true, allowReturnOutsideFunction: sourceType === 'script',
    allowAwaitOutsideFunction: allowTLA, allowImportExportEverywhere: false, locations: true,
  });
}

// Edits (from the AST of `source`) that route every `import()` to __ncImport.
function importEdits(ast, filename) {
  walk ??= require('acorn-walk');
  const { addInsert } = require('internal/modules/columns');
  const edits = [];
  walk.simple(ast, {
    ImportExpression(node) {
      edits.push([node.start, '__ncImport', 6]);
      if (filename) addInsert(filename, node.loc.start.line, node.loc.start.column, 4);
    },
  });
  return edits;
}

// [pos, text] inserts; [pos, text, n] replaces n characters at pos.
function applyEdits(source, edits) {
  edits.sort((a, b) => b[0] - a[0] || (b[2] || 0) - (a[2] || 0));
  let out = source;
  for (const [pos, text, del = 0] of edits) out = out.slice(0, pos) + text + out.slice(pos + del);
  return out;
}

// Scripts (CommonJS, -e): parsed only when the text may hold an `import(`, so most files load
// as they are, with no parse.
function rewriteImports(source, allowTLA, filename) {
  if (!/\bimport\s*(\(|\/[*/])/.test(source)) return source;
  let ast;
  try {
    ast = parse(source, 'script', allowTLA);
  } catch {
    return source; // let the engine report the syntax error
  }
  const edits = importEdits(ast, filename);
  return edits.length ? applyEdits(source, edits) : source;
}

module.exports = { rewriteImports, importEdits, applyEdits, parse };
