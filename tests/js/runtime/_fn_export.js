module.exports = function greet(n) { return 'hello ' + n; }; module.exports.extra = 1;
