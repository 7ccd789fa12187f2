// @env NODE_DEBUG=mysection
const util = require('util');
const log = util.debuglog('mysection');
const other = util.debuglog('othersection');
console.log(log.enabled, other.enabled);
other('hidden');
process.stderr.write('before\n');
