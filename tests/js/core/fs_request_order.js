// Node's readFile takes four thread-pool trips (open, fstat, read, close): a one-trip request
// started after it in the same tick calls back first.
const fs = require('fs');
const order = [];
const done = (name) => {
  order.push(name);
  if (order.length === 4) console.log(order.slice(0, 2).sort().join(' '), order.slice(2).sort().join(' '));
};
fs.readFile(__filename, () => done('readFile'));
fs.writeFile(__filename + '.tmp', 'x', () => { fs.unlinkSync(__filename + '.tmp'); done('writeFile'); });
fs.access(__filename, () => done('access'));
fs.stat(__filename, () => done('stat'));
