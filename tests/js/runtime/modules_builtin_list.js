const m = require('module');
console.log(Array.isArray(m.builtinModules), m.builtinModules.includes('fs'), m.builtinModules.includes('internal/errors'));
console.log(m.isBuiltin('node:fs'), m.isBuiltin('fs'), m.isBuiltin('nope'));
const req = m.createRequire(__filename);
console.log(req('./_data.json').name);
console.log(typeof m.Module, typeof m._resolveFilename);
