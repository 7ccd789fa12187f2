// @args alpha "beta" 3
const path = require('path');
console.log(process.argv.length, process.argv.slice(2));
console.log(path.isAbsolute(process.argv[0]), process.argv[1] === __filename);
console.log(typeof process.execPath, process.argv0 === 'node' || typeof process.argv0);
