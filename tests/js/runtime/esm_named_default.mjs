import Greeter, { counter, bump, answer, theAnswer } from './_lib.mjs';
import * as ns from './_lib.mjs';
console.log(new Greeter().greet('x'), answer, theAnswer);
console.log('before', counter, ns.counter);
bump(); bump();
console.log('live binding', counter, ns.counter);
console.log(Object.keys(ns).sort().join(','));
console.log(typeof ns.default);
