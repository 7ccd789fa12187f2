// Node's readFile takes four thread-pool trips (open, fstat, read, close): a one-trip request
// started after it in the same tick calls back first.
const fs = require('fs');
const order = [];
fs.readFile(__filename, () => order.push('readFile'));
fs.writeFile(__filename + '.tmp', 'x', () => { order.push('writeFile'); fs.unlinkSync(__filename + '.tmp'); });
fs.access(__filename, () => order.push('access'));
fs.stat(__filename, () => order.push('stat'));
setTimeout(() => console.log(order.slice(0, 2).sort().join(' '), order.slice(2).sort().join(' ')), 300);
