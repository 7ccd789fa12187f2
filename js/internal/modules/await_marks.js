'use strict';
// Rewrites `await x` to `await __ncAwait(x)` so the host can tell that a rejected promise got a
// handler through `await` (pythonmonkey's rejection tracker cannot: internal/process/execution).

let acorn = null;
let walk = null;

function parse(source, sourceType, allowTLA) {
  acorn ??= require('acorn');
  return acorn.parse(source, {
    ecmaVersion: 'latest', sourceType, allowHashBang: true, allowReturnOutsideFunction: sourceType === 'script',
    allowAwaitOutsideFunction: allowTLA, allowImportExportEverywhere: false, locations: true,
  });
}

// Edits (from the AST of `source`) that mark every await expression and route `import()`.
// Inserted text is recorded per line (internal/modules/columns) when `filename` is given.
function awaitEdits(ast, filename, dynamicImport = false) {
  walk ??= require('acorn-walk');
  const { addInsert } = require('internal/modules/columns');
  const edits = [];
  const add = (pos, loc, text) => {
    edits.push([pos, text]);
    if (filename) addInsert(filename, loc.line, loc.column, text.length);
  };
  walk.simple(ast, {
    AwaitExpression(node) {
      add(node.argument.start, node.argument.loc.start, '__ncAwait(');
      add(node.argument.end, node.argument.loc.end, ')');
    },
    ImportExpression(node) {
      // import(x) -> __ncImport(x): pythonmonkey has no dynamic import
      if (dynamicImport) {
        edits.push([node.start, '__ncImport', 6]);
        if (filename) addInsert(filename, node.loc.start.line, node.loc.start.column, 4);
      }
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

function markAwaits(source, allowTLA, filename) {
  let ast;
  try {
    ast = parse(source, 'script', allowTLA);
  } catch {
    return source; // let the engine report the syntax error
  }
  const edits = awaitEdits(ast, filename, true);
  return edits.length ? applyEdits(source, edits) : source;
}

module.exports = { markAwaits, awaitEdits, applyEdits, parse };
