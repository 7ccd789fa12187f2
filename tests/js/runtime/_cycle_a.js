exports.loaded = false; const b = require('./_cycle_b'); exports.fromB = b.seenA; exports.loaded = true;
