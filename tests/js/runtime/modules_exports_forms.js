const greet = require('./_fn_export');
console.log(greet('x'), greet.extra, typeof greet);
exports.a = 1;
console.log(module.exports.a, exports === module.exports);
console.log(typeof require.resolve.paths('x'), require.resolve.paths('fs'));
