import cjs, { named } from './_cjs_dep.cjs';
console.log(cjs.named, named, cjs.other);
