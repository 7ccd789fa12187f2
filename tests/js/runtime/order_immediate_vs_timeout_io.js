// Inside an I/O callback (here fs.stat's) setImmediate beats setTimeout(0) in Node: the loop's
// check phase follows the poll phase before it returns to timers. (Set inside an *immediate*
// instead, the order is racy in Node itself.)
const fs = require('fs');
fs.stat(__filename, (err) => {
  if (err) throw err;
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
});
