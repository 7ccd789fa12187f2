import x from './_lib';
console.log(x);
