// Static facts about doc code blocks, for the extractor: does it parse (as a module or a script),
// is it ESM, and which names does it use without declaring them (the context a fragment needs).
// stdin: JSON array of source strings; stdout: JSON array of results, same order.
'use strict';
const path = require('path');
const acorn = require(path.join(__dirname, '../../js/node_modules/acorn'));
const walk = require(path.join(__dirname, '../../js/node_modules/acorn-walk'));

const OPTS = { ecmaVersion: 'latest', allowReturnOutsideFunction: true,
  allowAwaitOutsideFunction: true, allowHashBang: true };

function parse(src) {
  try {
    return { ast: acorn.parse(src, { ...OPTS, sourceType: 'module' }), error: null };
  } catch (e) {
    try {
      return { ast: acorn.parse(src, { ...OPTS, sourceType: 'script' }), error: null };
    } catch (e2) {
      return { ast: null, error: `${e2.message}` };
    }
  }
}

function patternNames(node, out) {
  if (!node) return;
  switch (node.type) {
    case 'Identifier': out.add(node.name); break;
    case 'ObjectPattern': for (const p of node.properties) patternNames(p.type === 'RestElement' ? p.argument : p.value, out); break;
    case 'ArrayPattern': for (const e of node.elements) patternNames(e, out); break;
    case 'RestElement': patternNames(node.argument, out); break;
    case 'AssignmentPattern': patternNames(node.left, out); break;
  }
}

// Scope-insensitive on purpose: a name declared anywhere counts as declared everywhere.
function analyse(src) {
  const { ast, error } = parse(src);
  if (!ast) return { parses: false, error, esm: /^\s*(import\s[^(]|export\s)/m.test(src), tla: false, free: [] };
  const declared = new Set();
  const used = new Set();
  let esm = false;
  let tla = false;
  for (const node of ast.body) {
    if (/^(Import|Export)/.test(node.type)) esm = true;
  }
  walk.fullAncestor(ast, (node, _state, ancestors) => {
    const parent = ancestors[ancestors.length - 2];
    switch (node.type) {
      case 'VariableDeclarator': patternNames(node.id, declared); break;
      case 'FunctionDeclaration': case 'FunctionExpression': case 'ArrowFunctionExpression':
        if (node.id) declared.add(node.id.name);
        for (const p of node.params) patternNames(p, declared);
        break;
      case 'ClassDeclaration': if (node.id) declared.add(node.id.name); break;
      case 'CatchClause': patternNames(node.param, declared); break;
      case 'ImportSpecifier': case 'ImportDefaultSpecifier': case 'ImportNamespaceSpecifier':
        declared.add(node.local.name); break;
      case 'AwaitExpression':
        if (!ancestors.some((a) => /Function/.test(a.type))) tla = true;
        break;
      case 'Identifier': {
        if (!parent) break;
        if (parent.type === 'MemberExpression' && parent.property === node && !parent.computed) break;
        if (parent.type === 'Property' && parent.key === node && !parent.computed && !parent.shorthand) break;
        if (parent.type === 'MethodDefinition' && parent.key === node) break;
        if ((parent.type === 'LabeledStatement' || parent.type === 'BreakStatement' ||
             parent.type === 'ContinueStatement') && parent.label === node) break;
        if (/^(Import|Export)/.test(parent.type)) break;
        used.add(node.name);
        break;
      }
    }
  });
  const free = [...used].filter((n) => !declared.has(n) && !(n in globalThis) &&
    !['require', 'module', 'exports', '__dirname', '__filename', 'process', 'Buffer'].includes(n)).sort();
  return { parses: true, error: null, esm: esm || tla, tla, free };
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (c) => { input += c; });
process.stdin.on('end', () => {
  process.stdout.write(JSON.stringify(JSON.parse(input).map(analyse)));
});
