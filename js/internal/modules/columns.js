'use strict';
// Column bookkeeping for the text nodecompat inserts into user sources (the function wrapper on
// line 1, `import(` -> `__ncImport(`, the import.meta prelude), so error carets point at the
// user's own columns.

const inserts = new Map(); // filename -> Map(line -> [[origCol0, len], ...])

function addInsert(filename, line, col0, len) {
  let lines = inserts.get(filename);
  if (!lines) {
    lines = new Map();
    inserts.set(filename, lines);
  }
  let list = lines.get(line);
  if (!list) {
    list = [];
    lines.set(line, list);
  }
  list.push([col0, len]);
}

// 1-based column in the compiled text -> 1-based column in the user's file.
function originalColumn(filename, line, col) {
  const lines = inserts.get(filename);
  const list = lines && lines.get(line);
  if (!list) return col;
  list.sort((a, b) => a[0] - b[0]);
  const t = col - 1;
  let shift = 0;
  for (const [c, len] of list) {
    if (c + shift + len <= t) shift += len;
    else break;
  }
  return t - shift + 1;
}

module.exports = { addInsert, originalColumn };
