import { answer, Greeter, lib, bump, counter } from './_reexport.mjs';
console.log(answer, typeof Greeter, lib.answer);
bump();
console.log('live through re-export', counter, lib.counter);
