import x from './_missing_file.mjs';
console.log(x);
