'use strict';
// assert(value) with no message: Node quotes the failing call from the caller's source,
// "The expression evaluated to a falsy value:\n\n  assert(x)\n". We read the calling file and
// find the call around the reported column with acorn, as Node does.

const { framesOf, internalFrame } = require('internal/errors');

const kFrameLoc = /\(?((?:\/|file:\/\/)[^()]*?):(\d+):(\d+)\)?$/;
// eslint-disable-next-line no-control-regex
const escapeSequencesRegExp = /[\x00-\x08\x0b\x0c\x0e-\x1f]/g;

function callerLocation() {
  let frames;
  try { frames = framesOf(new Error().stack); } catch { return undefined; }
  const frame = frames.find((f) => !internalFrame(f));
  if (!frame) return undefined;
  const m = kFrameLoc.exec(frame);
  if (m === null) return undefined;
  const file = m[1].startsWith('file://') ? require('url').fileURLToPath(m[1]) : m[1];
  return { file, line: Number(m[2]), column: Number(m[3]) - 1 };
}

function parseCode(code, offset) {
  const { tokenizer, parseExpressionAt } = require('acorn');
  const { findNodeAround } = require('acorn-walk');
  for (const token of tokenizer(code, { ecmaVersion: 'latest' })) {
    const start = token.start;
    if (start > offset) break;
    try {
      let node = parseExpressionAt(code, start, { ecmaVersion: 'latest' });
      node = findNodeAround(node, offset, 'CallExpression');
      if (node?.node.end >= offset) {
        return [node.node.start, code.slice(node.node.start, node.node.end)
          .replace(escapeSequencesRegExp, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)];
      }
    } catch {
      continue;
    }
  }
  return undefined;
}

function getErrMessage() {
  const loc = callerLocation();
  if (loc === undefined) return undefined;
  let source;
  try {
    source = require('fs').readFileSync(loc.file, 'utf8');
  } catch {
    return undefined;
  }
  const lines = source.split('\n');
  if (loc.line - 1 >= lines.length) return undefined;
  const code = lines.slice(loc.line - 1).join('\n');
  let found;
  try { found = parseCode(code, loc.column); } catch { found = undefined; }
  if (found === undefined) return undefined;
  let [column, message] = found;
  if (message.includes('\n')) {
    const parts = message.split('\n');
    message = parts.shift();
    for (const part of parts) {
      let pos = 0;
      while (pos < column && (part[pos] === ' ' || part[pos] === '\t')) pos++;
      message += `\n  ${part.slice(pos)}`;
    }
  }
  return `The expression evaluated to a falsy value:\n\n  ${message}\n`;
}

module.exports = { getErrMessage };
