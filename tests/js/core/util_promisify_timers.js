// setTimeout/setImmediate carry util.promisify.custom (timers/promises)
const util = require('util');
(async () => {
  const sleep = util.promisify(setTimeout);
  console.log(await sleep(1, 'slept'));
  console.log(await util.promisify(setImmediate)('immediate'));
  console.log(typeof setTimeout[util.promisify.custom]);
})();
