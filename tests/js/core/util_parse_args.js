// @args -v --name=demo -n 3 extra -- --not-an-option
const { parseArgs } = require('util');
const options = { verbose: { type: 'boolean', short: 'v' }, name: { type: 'string' }, n: { type: 'string', short: 'n' } };
const { values, positionals } = parseArgs({ args: process.argv.slice(2), options, allowPositionals: true });
console.log(values, positionals);
console.log(parseArgs({ args: ['--flag', 'x'], options: { flag: { type: 'boolean' } }, strict: false, allowPositionals: true }));
console.log(parseArgs({ args: ['-abc'], options: {}, strict: false, tokens: true }).tokens.length);
for (const config of [{ args: ['--unknown'], options: {} }, { args: ['pos'], options: {} }, { args: ['--name'], options: { name: { type: 'string' } } },
  { args: 5 }, { args: [], options: { x: { type: 'nope' } } }]) {
  try { parseArgs(config); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
}
