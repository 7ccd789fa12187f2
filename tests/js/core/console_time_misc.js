console.time('t');
const { Console } = console;
const c = new Console(process.stdout, process.stderr);
c.log('from Console instance', [1, 2]);
c.error('to stderr');
const c2 = new Console({ stdout: process.stdout, groupIndentation: 4 });
c2.group('g'); c2.log('indented by 4'); c2.groupEnd();
try { new Console(); } catch (e) { console.log(e.name, e.code, e.message); }
const { log, error } = console;
log('destructured log'); error('destructured error');
console.log(typeof console.Console, require('console') === console);
