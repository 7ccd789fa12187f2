const a = require('./_cycle_a'); exports.seenA = a.loaded;
