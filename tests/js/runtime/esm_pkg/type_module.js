import hello, { fromDep } from './_dep.js';
console.log(hello(), fromDep, typeof this);
