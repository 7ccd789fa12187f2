console.log(require('./_dir_module'));
const a = require('./_cycle_a');
console.log(a.loaded, a.fromB);
const m = require.cache[require.resolve('./_cycle_a')];
console.log(m.loaded, m.children.length, m.parent === module);
