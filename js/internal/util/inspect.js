'use strict';
// Node's util.inspect/format: npm node-inspect-extracted is Node's own lib/internal/util/inspect.js
// extracted, so its output matches what Node's console prints. We load the bundle's source with
// two expressions patched: symbol keys print as v20 does (`{ [Symbol(a)]: 1 }`, the bundle tracks a
// newer Node: `{ Symbol(a): 1 }`), and its primordials skip `Atomics`, which SpiderMonkey in
// pythonmonkey lacks (the unpatched bundle throws at load there).

const kBundle = 'node-inspect-extracted/dist/inspect.js';
const kSymbolKeyNew = 's=t.stylize(e,"symbol")';
const kSymbolKeyV20 = 's=`[${t.stylize(e,"symbol")}]`';
const kAtomics = '["Atomics","JSON","Math","Proxy","Reflect"].forEach(t=>{y(globalThis[t],e,t)';
const kAtomicsGuarded = '["Atomics","JSON","Math","Proxy","Reflect"].forEach(t=>{globalThis[t]&&y(globalThis[t],e,t)';
// v20's getPrefix shows a toStringTag that differs from the constructor name (`MyMap(0) [Map] {}`);
// the bundle's newer rule hides it when the name merely contains it
const kTagRuleNew = 'if(""!==e){const n=t.indexOf(e);if(-1===n)o+=`[${e}] `;else{const r=n+e.length;r!==t.length&&t[r]===t[r].toLowerCase()&&(o+=`[${e}] `)}}';
const kTagRuleV20 = '""!==e&&t!==e&&(o+=`[${e}] `);';

function loadPatched() {
  let file;
  let source;
  let compile;
  const jsRoot = __dirname.replace(/\/internal\/util$/, '');
  file = `${jsRoot}/node_modules/${kBundle}`;
  try {
    if (typeof internalBinding === 'function') {
      const loader = internalBinding('loader');
      source = loader.readFile(file);
      compile = (src) => loader.compileFunction(src, file, 'exports, require, module');
    } else {
      source = require('fs').readFileSync(file, 'utf8');
      compile = (src) => new Function('exports', 'require', 'module', src); // eslint-disable-line no-new-func
    }
  } catch {
    return null;
  }
  if (typeof source !== 'string') return null;
  // each patch applies only where its text is found (a newer bundle may not need it)
  const module = { exports: {} };
  compile(source.replace(kSymbolKeyNew, kSymbolKeyV20).replace(kAtomics, kAtomicsGuarded)
    .replace(kTagRuleNew, kTagRuleV20))(module.exports, require, module);
  return module.exports;
}

const ie = loadPatched() || require('node-inspect-extracted');

module.exports = {
  inspect: ie.inspect,
  format: ie.format,
  formatWithOptions: ie.formatWithOptions,
  inspectDefaultOptions: ie.inspectDefaultOptions,
  stripVTControlCharacters: ie.stripVTControlCharacters,
  getStringWidth: ie.getStringWidth,
  identicalSequenceRange: ie.identicalSequenceRange,
  isZeroWidthCodePoint: ie.isZeroWidthCodePoint,
  stylizeWithColor: ie.stylizeWithColor,
};
