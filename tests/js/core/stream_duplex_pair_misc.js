// stream.duplexPair, util.parseEnv, console inspector no-ops
const { duplexPair } = require('stream');
const [a, b] = duplexPair();
b.on('data', (c) => console.log('b got', c.toString()));
a.write('hello'); a.end();
b.on('end', () => console.log('b end'));
const util = require('util');
console.log(util.parseEnv('A=1\nexport B="two words"\n# comment\nC=\'single\' # trailing\nD="multi\\nline"\nE=\n'));
console.log(typeof console.profile, typeof util.transferableAbortSignal(new AbortController().signal));
